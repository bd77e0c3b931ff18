import type { Day } from '../core/day.ts';
import type { IngestFlag } from './ingestWrites.ts';

/** Provenance of one imported file. */
export type ImportedFile = { file: string; sha256: string; bytes: number; rows: number };

/** Provenance of one imported dataset. */
export type DatasetImport = {
  dataset: string;
  fingerprint: string;
  rows: number;
  importedAt: string;
  durationMs: number;
  files: ImportedFile[];
};

/** A data-quality flag raised while importing. */
export type QualityFlag = {
  dataset: string;
  kind: string;
  subject: string;
  message: string;
  file: string | null;
  /**
   * True when what it flags is kept out of figures (rows not stored, points stored flagged and left out
   * of default totals, values unknown rather than zero); false for a warning on data that still counts.
   */
  excluded: boolean;
};

/** First and last day a dataset covers, and how many rows it holds. */
export type DatasetCoverage = { dataset: string; firstDay: Day | null; lastDay: Day | null; rows: number };

/** A stored TVL point of a file import that a sanity rule flagged: left out of default totals (USD). */
export type FlaggedPoint = {
  dataset: string;
  protocol: string;
  /** Null for a protocol-wide (all chains) point. */
  chain: string | null;
  section: string;
  day: Day;
  usd: number;
  /** The rule: `negative`, `absurd`, ... */
  flag: string;
};

/** Where the stored data came from and what is wrong with it: imports, coverage, quality flags. */
export interface ProvenanceReads {
  /** Provenance of every imported dataset. */
  datasetImports(): Promise<DatasetImport[]>;
  coverage(
    dataset: string,
    tables: readonly { table: string; dayColumn: string | null }[],
  ): Promise<DatasetCoverage>;
  qualityFlags(): Promise<QualityFlag[]>;
  /** Every flagged TVL point of the file imports (live ingestion reports its own as ingest flags). */
  flaggedPoints(): Promise<FlaggedPoint[]>;
  /** Every data-quality flag raised on live data, and every row a file import kept out. */
  ingestFlags(): Promise<IngestFlag[]>;
}
