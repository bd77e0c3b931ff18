import { existsSync } from 'node:fs';
import { StatementType } from '@duckdb/node-api';
import { engineReason } from '../../core/engineReason.ts';
import { StoreError, ValidationError } from '../../core/errors.ts';
import { openDuckDb } from './openDuckDb.ts';

/** Rows of a read-only query, with column names in order. Values are JSON-safe (big numbers as text). */
export type QueryResult = { columns: string[]; rows: unknown[][] };

const READ_STATEMENTS = new Set([StatementType.SELECT, StatementType.EXPLAIN, StatementType.PRAGMA]);

/**
 * Runs SQL against the store opened read-only, with file access disabled. Anything but a read
 * (INSERT, UPDATE, DELETE, CREATE, COPY, ATTACH, ...) is refused before it runs.
 * @example await readOnlyQuery('.faultline/faultline.duckdb', 'SELECT count(*) FROM chain_tvl_daily')
 */
export async function readOnlyQuery(path: string, sql: string): Promise<QueryResult> {
  if (!existsSync(path)) throw new StoreError('no store yet: run `faultline import` first', { source: path });
  const instance = await openDuckDb(path, { readOnly: true });
  const conn = await instance.connect();
  try {
    let extracted: Awaited<ReturnType<typeof conn.extractStatements>>;
    try {
      extracted = await conn.extractStatements(sql);
    } catch (err) {
      throw new ValidationError(`SQL does not parse: ${engineReason(err)}`, { source: 'query' });
    }
    if (extracted.count === 0) throw new ValidationError('empty query', { source: 'query' });
    let result: QueryResult = { columns: [], rows: [] };
    for (let i = 0; i < extracted.count; i++) {
      let prepared: Awaited<ReturnType<typeof extracted.prepare>>;
      try {
        prepared = await extracted.prepare(i);
      } catch (err) {
        const reason = /file system operations are disabled/.test(engineReason(err))
          ? 'the store is read-only here: file access (COPY, read_csv, ATTACH, ...) is refused'
          : engineReason(err);
        throw new ValidationError(reason, { source: 'query', place: `statement ${i + 1}` });
      }
      if (!READ_STATEMENTS.has(prepared.statementType)) {
        throw new ValidationError(
          `the store is read-only here: ${StatementType[prepared.statementType]} statements are refused`,
          {
            source: 'query',
            place: `statement ${i + 1}`,
          },
        );
      }
      const reader = await prepared.runAndReadAll();
      result = { columns: reader.columnNames(), rows: reader.getRowsJson() as unknown[][] };
    }
    return result;
  } catch (err) {
    if (err instanceof ValidationError || err instanceof StoreError) throw err;
    throw new ValidationError(engineReason(err), { source: 'query' }, { cause: err });
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
