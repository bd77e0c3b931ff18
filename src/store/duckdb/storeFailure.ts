import { StoreDamagedError } from '../../core/errors.ts';
import { diskFullError } from './diskFullError.ts';
import { engineFault } from './engineFault.ts';

/** The command that rebuilds a damaged store, as the damage message names it. */
export const REBUILD_COMMAND = 'faultline import --rebuild';

/** The error for a damaged store file: the reason in words, and how to rebuild it. */
export function storeDamaged(path: string, reason: string, cause?: unknown): StoreDamagedError {
  return new StoreDamagedError(
    `the store file is damaged: ${reason}; rebuild it with \`${REBUILD_COMMAND}\``,
    { source: path },
    cause === undefined ? {} : { cause },
  );
}

/**
 * Turns an engine error met while reading or writing the store at `path` into what it means for the
 * user: a full disk (`DiskFullError`, naming the file and the free space) or a damaged store
 * (`StoreDamagedError`); any other error is returned as it is.
 */
export function storeFailure(err: unknown, path: string): unknown {
  const fault = engineFault(err);
  if (fault.kind === 'disk-full') return diskFullError(fault.file ?? path, err);
  if (fault.kind === 'damaged') return storeDamaged(path, fault.reason, err);
  return err;
}
