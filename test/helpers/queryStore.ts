import { DuckDBInstance } from '@duckdb/node-api';

/** Runs one read-only query on a closed DuckDB store file; rows as JSON-safe objects. */
export async function queryStore(dbPath: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  try {
    return (await (await conn.run(sql)).getRowObjectsJson()) as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
