import { existsSync, rmSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { DiskFullError } from '../../core/errors.ts';
import { cleanStaleSnapshots } from './cleanStaleSnapshots.ts';
import type { Session } from './session.ts';

/** The share of a store file's blocks that may lie free before an import rewrites the file compactly. */
export const COMPACT_FREE_SHARE = 0.25;
/** Fewer free blocks than this (256 KiB each) are never worth a rewrite. */
const MIN_FREE_BLOCKS = 4;

/** A compact copy written beside the store, or why none was written. */
export type CompactCopy = { file: string } | { file: null; reason: string };

/**
 * After a CHECKPOINT, DuckDB keeps the blocks that replaced data used to fill as free blocks inside the
 * file (it reuses them, but never gives them back), so re-importing the same datasets grows the file.
 * When at least `COMPACT_FREE_SHARE` of the blocks are free, this writes a copy of the whole database
 * (`COPY FROM DATABASE`: schema, constraints and rows) to `<path>.compact-<pid>`, for the caller to
 * rename over the store once it has closed it. No copy when there is too little waste, or too little
 * free disk for the copy (the store stays as it is). A CHECKPOINT that cannot write (a full disk)
 * throws `DiskFullError`: the imported data is safe in the write-ahead log until space is freed.
 */
export async function writeCompactCopy(
  session: Pick<Session, 'run' | 'rows'>,
  path: string,
): Promise<CompactCopy> {
  await session.run('CHECKPOINT');
  const [size] = await session.rows<{
    database_name: string;
    block_size: bigint;
    total_blocks: bigint;
    free_blocks: bigint;
    used_blocks: bigint;
  }>('PRAGMA database_size');
  if (!size) return { file: null, reason: 'the engine reported no size' };
  const [total, free, used] = [Number(size.total_blocks), Number(size.free_blocks), Number(size.used_blocks)];
  if (free < MIN_FREE_BLOCKS || free < total * COMPACT_FREE_SHARE)
    return { file: null, reason: `${free} of ${total} blocks free: not worth a rewrite` };
  const needed = used * Number(size.block_size) * 1.1;
  const disk = statfsSync(dirname(path));
  if (disk.bavail * disk.bsize < needed)
    return { file: null, reason: 'too little free disk for a compact copy' };
  cleanStaleSnapshots(path);
  const file = `${path}.compact-${process.pid}`;
  rmSync(file, { force: true });
  const name = size.database_name.replaceAll('"', '""');
  try {
    await session.run(`ATTACH '${file.replaceAll("'", "''")}' AS faultline_compact`);
    try {
      await session.run(`COPY FROM DATABASE "${name}" TO faultline_compact`);
    } finally {
      await session.run('DETACH faultline_compact');
    }
  } catch (err) {
    rmSync(file, { force: true });
    rmSync(`${file}.wal`, { force: true });
    if (err instanceof DiskFullError)
      return { file: null, reason: 'the disk filled up during the compact copy' };
    throw err;
  }
  if (existsSync(`${file}.wal`)) {
    rmSync(file, { force: true });
    rmSync(`${file}.wal`, { force: true });
    return { file: null, reason: 'the compact copy was not checkpointed' };
  }
  return { file };
}
