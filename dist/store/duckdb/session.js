// src/store/duckdb/session.ts
import { appendRows } from "./appendRows.js";
import { queryRows } from "./queryRows.js";
function createSession(conn) {
  const rows = (sql, params) => queryRows(conn, sql, params);
  const run = async (sql, params) => {
    await rows(sql, params);
  };
  return {
    rows,
    run,
    tx: { run, rows, append: (table, columns, data) => appendRows(conn, table, columns, data) },
    async inTransaction(work) {
      await run("BEGIN TRANSACTION");
      try {
        const result = await work();
        await run("COMMIT");
        return result;
      } catch (err) {
        await run("ROLLBACK");
        throw err;
      }
    }
  };
}
function createSessionPool(instance, size) {
  const free = [];
  const all = [];
  const waiting = [];
  const acquire = async () => {
    const ready = free.pop();
    if (ready) return ready;
    if (all.length < size) {
      const conn = await instance.connect();
      all.push(conn);
      return { conn, session: createSession(conn) };
    }
    return new Promise((resolve) => waiting.push(resolve));
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
    }
  };
}
export {
  createSession,
  createSessionPool
};
