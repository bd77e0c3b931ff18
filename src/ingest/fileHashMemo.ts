import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { hashFile } from './hashFile.ts';

/** The SHA-256 (hex) and size in bytes of a file. */
export type FileHasher = (file: string) => Promise<{ sha256: string; bytes: number }>;

type Entry = { stamp: string; sha256: string; bytes: number };

/** What identifies a file's content without reading it: device, inode, size, and both change times. */
const stampOf = (file: string) => {
  const s = statSync(file);
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
};

/**
 * File hashes remembered between runs (as git's index does): a file whose device, inode, size,
 * modification and status-change times are all as when it was hashed is not read again. Any write to a
 * file changes its status-change time (which no tool can set back), so a changed file is always hashed
 * again. `save` writes the memo (whole, then renamed) with the files hashed this run; a memo that cannot
 * be read or written only costs the reading of the files.
 * @example const memo = fileHashMemo('.faultline/.faultline-hashes.json'); await memo.hash(file); memo.save();
 */
export function fileHashMemo(memoFile: string): { hash: FileHasher; save(): void } {
  let known: Record<string, Entry> = {};
  try {
    const data = JSON.parse(readFileSync(memoFile, 'utf8')) as unknown;
    if (data && typeof data === 'object') known = data as Record<string, Entry>;
  } catch {
    known = {};
  }
  const used: Record<string, Entry> = {};
  let changed = false;
  return {
    async hash(file) {
      const stamp = stampOf(file);
      const entry = known[file];
      if (entry?.stamp === stamp && typeof entry.sha256 === 'string') {
        used[file] = entry;
        return { sha256: entry.sha256, bytes: entry.bytes };
      }
      const hashed = await hashFile(file);
      // Stamped before reading: a write during the read leaves a stamp that no longer matches.
      used[file] = { stamp, ...hashed };
      changed = true;
      return hashed;
    },
    save() {
      if (!changed && Object.keys(used).length === Object.keys(known).length) return;
      const tmp = `${memoFile}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, `${JSON.stringify(used)}\n`);
        renameSync(tmp, memoFile);
      } catch {
        // The memo only saves reading files again; a folder that cannot take it costs that, nothing more.
      }
    },
  };
}
