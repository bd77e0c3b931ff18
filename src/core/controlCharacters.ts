/** True when `text` holds a control character (U+0000–U+001F or U+007F: NUL, BEL, ESC, DEL, ...). */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
