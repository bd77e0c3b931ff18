import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { LoadTx } from '../store.ts';
import { appendRows } from './appendRows.ts';
import { type Param, queryRows } from './queryRows.ts';

/** One DuckDB connection's ways to read, write and run a transaction. */
export type Session = {
  rows<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  run(sql: string, params?: readonly Param[]): Promise<void>;
  tx: LoadTx;
  /** Runs `work` in a transaction: COMMIT when it resolves, ROLLBACK (and rethrow) when it throws. */
  inTransaction<T>(work: () => Promise<T>): Promise<T>;
};

/** Wraps a connection as a session. */
export function createSession(conn: DuckDBConnection): Session {
  const rows = <T>(sql: string, params?: readonly Param[]) => queryRows<T>(conn, sql, params);
  const run = async (sql: string, params?: readonly Param[]) => {
    await rows(sql, params);
  };
  return {
    rows,
    run,
    tx: { run, rows, append: (table, columns, data) => appendRows(conn, table, columns, data) },
    async inTransaction(work) {
      await run('BEGIN TRANSACTION');
      try {
        const result = await work();
        await run('COMMIT');
        return result;
      } catch (err) {
        await run('ROLLBACK');
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
      return { conn, session: createSession(conn) };
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
