import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { Column } from '../loadTx.ts';
import { appendRows } from './appendRows.ts';
import { type Param, queryRows } from './queryRows.ts';
import { storeFailure } from './storeFailure.ts';

/**
 * The SQL a DuckDB transaction runs: the store's own, for its loads and writes (`loads/`). It never
 * leaves `store/duckdb`: datasets and live units get the typed `LoadTx` / `DatasetTx` built on it.
 */
export type SqlTx = {
  run(sql: string, params?: readonly Param[]): Promise<void>;
  rows<T = Record<string, unknown>>(sql: string, params?: readonly Param[]): Promise<T[]>;
  append(table: string, columns: readonly Column[], rows: readonly (readonly unknown[])[]): Promise<void>;
};

/** One DuckDB connection's ways to read, write and run a transaction. */
export type Session = {
  rows<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  run(sql: string, params?: readonly Param[]): Promise<void>;
  tx: SqlTx;
  /** Runs `work` in a transaction: COMMIT when it resolves, ROLLBACK (and rethrow) when it throws. */
  inTransaction<T>(work: () => Promise<T>): Promise<T>;
};

/**
 * Where a session's statements run: the store file (named in errors) and a hook told of every engine
 * error that reached the file (a full disk, a damaged block), so the store is not stamped sound on close.
 */
export type SessionTarget = { path: string; onFault(err: unknown): void };

/**
 * Wraps a connection as a session. Engine errors come out as what they mean (`storeFailure`: a full
 * disk names the file and the free space). When COMMIT itself fails (the write-ahead log could not be
 * written), DuckDB has already ended the transaction: the ROLLBACK that follows has nothing to undo,
 * and its own error ("cannot rollback - no transaction is active") never hides the first one.
 */
export function createSession(conn: DuckDBConnection, target: SessionTarget): Session {
  const fail = (err: unknown) => {
    const mapped = storeFailure(err, target.path);
    if (mapped !== err) target.onFault(err);
    return mapped;
  };
  const rows = async <T>(sql: string, params?: readonly Param[]) => {
    try {
      return await queryRows<T>(conn, sql, params);
    } catch (err) {
      throw fail(err);
    }
  };
  const run = async (sql: string, params?: readonly Param[]) => {
    await rows(sql, params);
  };
  const append: SqlTx['append'] = async (table, columns, data) => {
    try {
      await appendRows(conn, table, columns, data);
    } catch (err) {
      throw fail(err);
    }
  };
  return {
    rows,
    run,
    tx: { run, rows, append },
    async inTransaction(work) {
      await run('BEGIN TRANSACTION');
      try {
        const result = await work();
        await run('COMMIT');
        return result;
      } catch (err) {
        await queryRows(conn, 'ROLLBACK').catch(() => undefined);
        throw err;
      }
    },
  };
}

/**
 * A few sessions on their own connections, for transactions that may overlap (DuckDB runs one
 * transaction per connection; concurrent transactions that touch different rows commit side by side).
 * `use` waits for a free session.
 */
export function createSessionPool(
  instance: DuckDBInstance,
  size: number,
  target: SessionTarget,
): { use<T>(work: (s: Session) => Promise<T>): Promise<T>; close(): void } {
  const free: { conn: DuckDBConnection; session: Session }[] = [];
  const all: DuckDBConnection[] = [];
  const waiting: ((s: { conn: DuckDBConnection; session: Session }) => void)[] = [];
  const acquire = async () => {
    const ready = free.pop();
    if (ready) return ready;
    if (all.length < size) {
      const conn = await instance.connect();
      all.push(conn);
      return { conn, session: createSession(conn, target) };
    }
    return new Promise<{ conn: DuckDBConnection; session: Session }>((resolve) => waiting.push(resolve));
  };
  return {
    async use(work) {
      const slot = await acquire();
      try {
        return await work(slot.session);
      } finally {
        const next = waiting.shift();
        if (next) next(slot);
        else free.push(slot);
      }
    },
    close() {
      for (const conn of all) conn.closeSync();
    },
  };
}
