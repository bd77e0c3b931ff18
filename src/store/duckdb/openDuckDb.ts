import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { StoreError } from '../../core/errors.ts';

/** How long an open waits for another process to let go of the file, by default (ms). */
export const DEFAULT_LOCK_WAIT_MS = 15_000;
const LOCK_POLL_MS = 100;

/**
 * Opens a DuckDB file (creating its folder), with errors that say what to do. DuckDB lets one process
 * hold a file for writing; while another holds it (the server taking a snapshot, an ingest), the open
 * waits up to `lockWaitMs` and then fails with a lock error, reported as such.
 */
export async function openDuckDb(
  path: string,
  options: { readOnly?: boolean; lockWaitMs?: number } = {},
): Promise<DuckDBInstance> {
  if (!options.readOnly) mkdirSync(dirname(path), { recursive: true });
  const config: Record<string, string> = options.readOnly
    ? { access_mode: 'READ_ONLY', enable_external_access: 'false' }
    : {};
  const deadline = Date.now() + (options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS);
  for (;;) {
    try {
      return await DuckDBInstance.create(path, config);
    } catch (cause) {
      const text = String((cause as Error).message ?? cause);
      const locked = /lock/i.test(text);
      if (locked && Date.now() < deadline) {
        await sleep(LOCK_POLL_MS);
        continue;
      }
      const reason = locked
        ? 'the store is in use by another Faultline process (DuckDB allows one writer); wait for it or use another --db'
        : `cannot open the store: ${text}`;
      throw new StoreError(reason, { source: path }, { cause });
    }
  }
}
