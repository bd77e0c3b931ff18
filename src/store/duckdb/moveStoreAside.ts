import { existsSync, renameSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { StoreBusyError } from '../../core/errors.ts';
import { engineFault } from './engineFault.ts';

/**
 * Moves a store file and its write-ahead log aside, to `<file>.damaged-<UTC time>` (never deleting
 * them: the damaged file may still hold what someone needs), so a fresh store can be built at `file`.
 * Refuses while another process holds the file (`StoreBusyError`). Returns the paths it moved to
 * (none when there was no store).
 * @example moveStoreAside('.faultline/faultline.duckdb') // ['.faultline/faultline.duckdb.damaged-20251206T114700Z']
 */
export async function moveStoreAside(file: string, now: Date = new Date()): Promise<string[]> {
  if (!existsSync(file) && !existsSync(`${file}.wal`)) return [];
  if (existsSync(file)) await assertNotHeld(file);
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  let target = `${file}.damaged-${stamp}`;
  for (let n = 2; existsSync(target) || existsSync(`${target}.wal`); n++)
    target = `${file}.damaged-${stamp}-${n}`;
  const moved: string[] = [];
  for (const [from, to] of [
    [file, target],
    [`${file}.wal`, `${target}.wal`],
  ] as const) {
    if (!existsSync(from)) continue;
    renameSync(from, to);
    moved.push(to);
  }
  return moved;
}

/** Throws when another process holds the file; any other outcome (opened, damaged) lets the move go on. */
async function assertNotHeld(file: string): Promise<void> {
  try {
    (await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' })).closeSync();
  } catch (err) {
    if (engineFault(err).kind === 'locked')
      throw new StoreBusyError(
        'the store is in use by another Faultline process: stop it before rebuilding the store',
        { source: file },
        { cause: err },
      );
  }
}
