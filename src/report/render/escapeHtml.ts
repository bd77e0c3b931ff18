/** Escapes text for HTML element content and double-quoted attributes. @example escapeHtml('a<b') === 'a&lt;b' */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
