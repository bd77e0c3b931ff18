import type { DuckDBConnection } from '@duckdb/node-api';

export type Param = string | number | boolean | null;

/** A function that runs one SQL text on the store's live connection and returns its rows. */
export type Rows = <T>(sql: string, params?: readonly Param[]) => Promise<T[]>;

/**
 * Runs one SQL text and returns its rows as plain objects (DOUBLE → number, VARCHAR → string,
 * BIGINT → bigint: cast to DOUBLE in SQL where a number is wanted).
 */
export async function queryRows<T>(
  conn: DuckDBConnection,
  sql: string,
  params?: readonly Param[],
): Promise<T[]> {
  const reader =
    params && params.length > 0 ? await conn.runAndReadAll(sql, [...params]) : await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS() as T[];
}
