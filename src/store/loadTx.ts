import type { Day } from '../core/day.ts';

/** How a column is typed when rows are appended in bulk. */
export type ColumnType = 'varchar' | 'double' | 'integer' | 'bigint' | 'boolean' | 'date' | 'varchar[]';
export type Column = readonly [name: string, type: ColumnType];

/**
 * What a dataset load may do inside its transaction. `run`/`rows` take SQL; in the DuckDB store that
 * includes DuckDB's file readers (`read_csv`, `read_parquet`), which is how files are bulk-loaded.
 */
export type LoadTx = {
  run(sql: string, params?: readonly (string | number | boolean | null)[]): Promise<void>;
  rows<T = Record<string, unknown>>(
    sql: string,
    params?: readonly (string | number | boolean | null)[],
  ): Promise<T[]>;
  append(table: string, columns: readonly Column[], rows: readonly (readonly unknown[])[]): Promise<void>;
};

/**
 * A row of an imported file kept out of the store's totals (a negative TVL, an impossible day), with
 * where it is (`place`: line, row or JSON path; `field`) and why. `faultline quality` lists it as a
 * point not counted.
 */
export type RowFlag = {
  file: string;
  place: string;
  field: string;
  /** What the row is about: a chain, a protocol, an asset. */
  subject: string;
  day: Day | null;
  kind: string;
  /** The value in USD when it is one. */
  usd: number | null;
  message: string;
};

/** A dataset load's transaction: SQL and appends, and `flagRow` for each row it keeps out. */
export type DatasetTx = LoadTx & { flagRow(flag: RowFlag): void };
