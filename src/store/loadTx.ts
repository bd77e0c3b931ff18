import type { Day } from '../core/day.ts';
import type { RowWrites } from './rowWrites.ts';
import type { StagedLoads } from './stagedLoads.ts';

/** How a column is typed when rows are appended in bulk. */
export type ColumnType = 'varchar' | 'double' | 'integer' | 'bigint' | 'boolean' | 'date' | 'varchar[]';
export type Column = readonly [name: string, type: ColumnType];

/**
 * What a write may do inside its transaction (a live unit's, or a dataset load's): append rows in bulk,
 * and the store's typed writes (`RowWrites`). No SQL passes through: each store implements the writes
 * in its own engine.
 */
export type LoadTx = RowWrites & {
  /** Appends rows, each an array in `columns` order (null is NULL, days `YYYY-MM-DD`), to `table`. */
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

/**
 * A dataset load's transaction: the typed writes, the loads in which the store reads a file itself
 * (`StagedLoads`), and `flagRow` for each row the load keeps out.
 */
export type DatasetTx = LoadTx & StagedLoads & { flagRow(flag: RowFlag): void };
