import type { DatasetTx } from '../../store/loadTx.ts';
import type { QualityFlag } from '../../store/provenanceReads.ts';

/** A data-quality flag as an importer raises it. */
export type Flag = Omit<QualityFlag, 'dataset'>;

/** What an importer reports: rows read per file, and the flags it raised. */
export type DatasetLoad = { rowsByFile: Map<string, number>; flags: Flag[] };

/**
 * One dataset of `../shared/data`: one unit of import. Its file is parsed here (JSON, text) or, for a
 * bulk CSV or parquet file, by the store's staged load; either way validated, mapped to the domain model
 * and written in one transaction through the typed writes of `DatasetTx` (no SQL here); its provenance
 * (files, sha256, rows) recorded with it.
 */
export type Dataset = {
  /** Stable id, `source/name`. */
  id: string;
  title: string;
  /** Bumped when the importer's mapping changes, so that unchanged files are imported again. */
  version: number;
  /** The files this dataset reads, absolute, for a data folder. */
  files(dataDir: string): string[];
  /** The tables it owns, and the column that dates each row (for coverage). */
  tables: readonly { table: string; dayColumn: string | null }[];
  /** Known caveats, shown in the report's coverage section. */
  caveats: readonly string[];
  /** Loads the files; a row that breaks a row rule (`store/rowRules.ts`) is flagged with `tx.flagRow` and kept out. */
  load(tx: DatasetTx, files: readonly string[]): Promise<DatasetLoad>;
};
