import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { StoreError } from '../../core/errors.ts';

/**
 * Opens a DuckDB file (creating its folder), with errors that say what to do. DuckDB lets one process
 * hold a file for writing; a second open fails with a lock error, reported as such.
 */
export async function openDuckDb(
  path: string,
  options: { readOnly?: boolean } = {},
): Promise<DuckDBInstance> {
  if (!options.readOnly) mkdirSync(dirname(path), { recursive: true });
  const config: Record<string, string> = options.readOnly
    ? { access_mode: 'READ_ONLY', enable_external_access: 'false' }
    : {};
  try {
    return await DuckDBInstance.create(path, config);
  } catch (cause) {
    const text = String((cause as Error).message ?? cause);
    const reason = /lock/i.test(text)
      ? 'the store is in use by another Faultline process (DuckDB allows one writer); wait for it or use another --db'
      : `cannot open the store: ${text}`;
    throw new StoreError(reason, { source: path }, { cause });
  }
}
