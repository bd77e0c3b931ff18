import { existsSync } from 'node:fs';
import { engineReason } from '../../core/engineReason.ts';
import { StoreError, ValidationError } from '../../core/errors.ts';
import { openDuckDb } from './openDuckDb.ts';
import { prepareReadOnly } from './readOnlySql.ts';

/** Rows of a read-only query, with column names in order. Values are JSON-safe (big numbers as text). */
export type QueryResult = { columns: string[]; rows: unknown[][] };

/** How long a query may run before it is interrupted, by default (ms). */
export const DEFAULT_QUERY_TIMEOUT_MS = 30_000;

/**
 * Runs one read (SELECT, WITH, EXPLAIN of one: `prepareReadOnly`) against the store opened read-only,
 * with file access disabled. Anything else (INSERT, CREATE TEMP, PRAGMA, SET, COPY, ATTACH, functions
 * that reveal paths) is refused before it runs. A query still running after `timeoutMs` is stopped
 * with DuckDB's interrupt and refused with a message saying so.
 * @example await readOnlyQuery('.faultline/faultline.duckdb', 'SELECT count(*) FROM chain_tvl_daily')
 */
export async function readOnlyQuery(
  path: string,
  sql: string,
  options: { timeoutMs?: number } = {},
): Promise<QueryResult> {
  if (!existsSync(path)) throw new StoreError('no store yet: run `faultline import` first', { source: path });
  const timeoutMs = options.timeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const instance = await openDuckDb(path, { readOnly: true });
  const conn = await instance.connect();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    conn.interrupt();
  }, timeoutMs);
  try {
    const prepared = await prepareReadOnly(conn, sql);
    const reader = await prepared.runAndReadAll();
    return { columns: reader.columnNames(), rows: reader.getRowsJson() as unknown[][] };
  } catch (err) {
    if (timedOut)
      throw new ValidationError(
        `the query ran longer than ${timeoutMs / 1000} s and was stopped; narrow it (WHERE, LIMIT) or allow more time`,
        { source: 'query' },
        { cause: err },
      );
    if (err instanceof ValidationError || err instanceof StoreError) throw err;
    throw new ValidationError(engineReason(err), { source: 'query' }, { cause: err });
  } finally {
    clearTimeout(timer);
    conn.closeSync();
    instance.closeSync();
  }
}
