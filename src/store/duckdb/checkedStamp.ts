import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Where the stamps of checked stores are kept: one small JSON file per folder, `{store file name:
 * {size, mtimeMs, ino}}`, so a store whose file is exactly as it was when last read whole (or last closed
 * cleanly by Faultline) is not read whole again at every open. Any change to the file (a write by
 * another tool, a truncation, a copy) changes its size, mtime or inode and so asks for a new check.
 */
const STAMPS_FILE = '.faultline-checked.json';

type Stamp = { size: number; mtimeMs: number; ino: number };

const stampOf = (file: string): Stamp => {
  const s = statSync(file);
  return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
};

function readStamps(dir: string): Record<string, Stamp> {
  try {
    const data = JSON.parse(readFileSync(join(dir, STAMPS_FILE), 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, Stamp>) : {};
  } catch {
    return {};
  }
}

function writeStamps(dir: string, stamps: Record<string, Stamp>): void {
  const kept = Object.fromEntries(Object.entries(stamps).filter(([name]) => existsSync(join(dir, name))));
  const tmp = join(dir, `${STAMPS_FILE}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, `${JSON.stringify(kept)}\n`);
    renameSync(tmp, join(dir, STAMPS_FILE));
  } catch {
    // A stamp only saves a later check; a folder that cannot take it costs that check, nothing more.
  }
}

/** True when the store file (with no write-ahead log beside it) is exactly as it was when last stamped. */
export function isCheckedAsIs(file: string): boolean {
  if (!existsSync(file) || existsSync(`${file}.wal`)) return false;
  const stamp = readStamps(dirname(file))[basename(file)];
  const now = stampOf(file);
  return stamp?.size === now.size && stamp.mtimeMs === now.mtimeMs && stamp.ino === now.ino;
}

/** Records the store file as sound as it is now (after a whole read, or a clean close). */
export function recordChecked(file: string): void {
  if (!existsSync(file) || existsSync(`${file}.wal`)) return;
  const stamps = readStamps(dirname(file));
  stamps[basename(file)] = stampOf(file);
  writeStamps(dirname(file), stamps);
}

/** Forgets the store's stamp (before writing to it: a crash mid-write must lead to a whole read). */
export function forgetChecked(file: string): void {
  const stamps = readStamps(dirname(file));
  if (!(basename(file) in stamps)) return;
  delete stamps[basename(file)];
  writeStamps(dirname(file), stamps);
}
