import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { StoreBusyError, StoreError } from '../../core/errors.ts';
import { forgetChecked, isCheckedAsIs, recordChecked } from './checkedStamp.ts';
import { checkIntegrity } from './checkIntegrity.ts';
import { diskFullError } from './diskFullError.ts';
import { engineFault } from './engineFault.ts';
import { storeDamaged } from './storeFailure.ts';

/** How long an open waits for another process to let go of the file, by default (ms). */
export const DEFAULT_LOCK_WAIT_MS = 15_000;
const LOCK_POLL_MS = 100;
const READ_ONLY = { access_mode: 'READ_ONLY', enable_external_access: 'false' };

/**
 * Opens a DuckDB file (creating its folder), with errors that say what to do. An existing file is
 * first read whole on a read-only instance (`checkIntegrity`), so a damaged store is named as such
 * (`StoreDamagedError`, "rebuild it with `faultline import --rebuild`") before anything writes to it,
 * instead of failing later, hanging or crashing the engine. The read is skipped when the file is exactly
 * as it was when last read whole or closed cleanly (`checkedStamp.ts`). DuckDB lets one process hold a
 * file; while another holds it, the open waits up to `lockWaitMs` and then fails with `StoreBusyError`.
 */
export async function openDuckDb(
  path: string,
  options: { readOnly?: boolean; lockWaitMs?: number } = {},
): Promise<DuckDBInstance> {
  const deadline = Date.now() + (options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS);
  if (!existsSync(path)) {
    if (options.readOnly)
      throw new StoreError('no store yet: run `faultline import` first', { source: path });
    mkdirSync(dirname(path), { recursive: true });
    return create(path, {}, deadline);
  }
  if (isCheckedAsIs(path)) {
    if (options.readOnly) return create(path, READ_ONLY, deadline);
    forgetChecked(path);
    return create(path, {}, deadline);
  }
  const checked = await create(path, READ_ONLY, deadline);
  const integrity = await checkIntegrity(checked).catch((err) => {
    checked.closeSync();
    throw err;
  });
  if (!integrity.ok) {
    checked.closeSync();
    throw storeDamaged(path, integrity.reason);
  }
  if (options.readOnly) {
    recordChecked(path);
    return checked;
  }
  checked.closeSync();
  return create(path, {}, deadline);
}

async function create(path: string, config: Record<string, string>, deadline: number) {
  for (;;) {
    try {
      return await DuckDBInstance.create(path, config);
    } catch (cause) {
      const fault = engineFault(cause);
      if (fault.kind === 'locked' && Date.now() < deadline) {
        await sleep(LOCK_POLL_MS);
        continue;
      }
      if (fault.kind === 'locked')
        throw new StoreBusyError(
          'the store is in use by another Faultline process (DuckDB allows one writer); wait for it or use another --db',
          { source: path },
          { cause },
        );
      if (fault.kind === 'damaged') throw storeDamaged(path, fault.reason, cause);
      if (fault.kind === 'disk-full') throw diskFullError(fault.file ?? path, cause);
      throw new StoreError(`cannot open the store: ${fault.reason}`, { source: path }, { cause });
    }
  }
}
