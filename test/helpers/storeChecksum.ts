import { createHash } from 'node:crypto';
import { DuckDBInstance } from '@duckdb/node-api';

/**
 * Columns that record when or by which write something ran, not what is stored: left out of the
 * checksum (the store's revision is a new id at every write, so equal data written twice differs there).
 */
const WALL_CLOCK = new Map([
  ['schema_migrations', ['applied_at']],
  ['store_revision', ['revision', 'changed_at']],
]);

/**
 * A checksum of every table's sorted contents (all columns but wall-clock times), per table, from a
 * closed DuckDB file: two stores with equal checksums hold the same data.
 */
export async function storeChecksums(
  dbPath: string,
): Promise<Record<string, { rows: number; sha256: string }>> {
  const instance = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  try {
    const tables = (
      await (
        await conn.run(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1",
        )
      ).getRows()
    ).map((r) => String(r[0]));
    const out: Record<string, { rows: number; sha256: string }> = {};
    for (const table of tables) {
      const skip = WALL_CLOCK.get(table) ?? [];
      const columns = (
        await (
          await conn.run(
            `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
          )
        ).getRows()
      )
        .map((r) => String(r[0]))
        .filter((c) => !skip.includes(c));
      // A table whose every column is left out still counts its rows.
      const list = columns.length > 0 ? columns.map((c) => `"${c}"`).join(', ') : '1 AS row';
      const rows = await (await conn.run(`SELECT ${list} FROM ${table} ORDER BY ALL`)).getRowsJson();
      out[table] = {
        rows: rows.length,
        sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex'),
      };
    }
    return out;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
