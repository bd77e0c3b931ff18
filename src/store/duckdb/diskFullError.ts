import { existsSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { DiskFullError } from '../../core/errors.ts';

/**
 * The error for a write that found no room: names the file and the space left on its file system
 * (MiB, from statfs: blocks available to this user × block size), so "cannot rollback - no transaction
 * is active" never stands in for "the disk is full".
 */
export function diskFullError(file: string, cause?: unknown): DiskFullError {
  const text = String((cause as Error)?.message ?? '');
  const limit = /File too large/.test(text)
    ? ' (the file-size limit for this process, `ulimit -f`, is reached)'
    : '';
  return new DiskFullError(
    `the disk is full: ${freeSpace(file)} free on its file system${limit}; free some space and run it again (a write that did not finish is not kept)`,
    { source: file },
    cause === undefined ? {} : { cause },
  );
}

/** The space left for this user on the file system that holds `file`, in words. */
export function freeSpace(file: string): string {
  let dir = existsSync(file) ? file : dirname(file);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  try {
    const s = statfsSync(dir);
    const mib = (s.bavail * s.bsize) / 2 ** 20;
    return `${mib < 10 ? mib.toFixed(2) : Math.round(mib).toLocaleString('en-US')} MiB`;
  } catch {
    return 'an unknown amount of space';
  }
}
