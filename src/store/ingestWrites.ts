import type { Day } from '../core/day.ts';
import type { DatasetTx, LoadTx } from './loadTx.ts';
import type { DatasetImport, ImportedFile, QualityFlag } from './provenanceReads.ts';

/** What a dataset load reports back. */
export type LoadResult = { files: ImportedFile[]; flags: Omit<QualityFlag, 'dataset'>[] };

/** What a finished unit of live ingestion leaves behind, so the next run knows where to start. */
export type IngestCheckpoint = {
  source: string;
  /** The unit of work: `protocol:aave-v3`, `chain:Ethereum`, `protocols`, `l2beat:summary`, ... */
  unit: string;
  /** The last day the run that finished this unit asked for. */
  targetDay: Day;
  /** The newest day the source had for this unit (its live tip included), whether stored or not. */
  newestDay: Day | null;
  etag: string | null;
  lastModified: string | null;
  /** SHA-256 of what a replacing unit wrote, so an unchanged answer writes nothing. */
  contentSha256: string | null;
};

/** A data-quality finding on live data: a point kept out of default totals, or a warning. */
export type IngestFlag = {
  dataset: string;
  unit: string;
  /** What it is about: `chain/section` of a series, a token, or the unit itself. */
  subject: string;
  day: Day | null;
  kind: string;
  /** True when the point is left out of default aggregates (`--include-flagged` puts it back). */
  excluded: boolean;
  usd: number | null;
  message: string;
};

/** One stored series of a protocol (chain × section): its last day, and its last accepted points (USD). */
export type SeriesState = {
  chain: string;
  section: string;
  /** Last stored day, flagged or not. */
  lastDay: Day;
  /** The last accepted points (up to 8 days), oldest first, in USD. */
  tail: { day: Day; usd: number }[];
};

/** One unit of ingestion, written in one transaction with its checkpoint and flags. */
export type UnitCommit = {
  checkpoint: IngestCheckpoint;
  write?: (tx: LoadTx) => Promise<void>;
  flags: readonly IngestFlag[];
  /** Refresh the derived TVL facts of this protocol of this dataset after writing to the `changed` tables. */
  derive?: {
    dataset: string;
    protocol: string;
    changed: readonly ('protocol_chain_tvl_daily' | 'protocol_tvl_daily')[];
  };
};

/**
 * How data gets into a store: a file dataset replaced whole, a live unit committed with its checkpoint,
 * and the bookkeeping live ingestion reads to plan its next run. Every write is one transaction.
 */
export interface IngestWrites {
  /**
   * Replaces everything `dataset` owns in `tables` with what `load` writes, and records provenance,
   * in one transaction. If `load` throws, nothing changes and the error propagates.
   */
  replaceDataset(
    dataset: string,
    fingerprint: string,
    tables: readonly string[],
    load: (tx: DatasetTx) => Promise<LoadResult>,
  ): Promise<DatasetImport>;
  /** Checkpoints of a source's units, by unit. */
  ingestCheckpoints(source: string): Promise<Map<string, IngestCheckpoint>>;
  /** Units of a source that failed in their latest attempt, with the reason. */
  ingestFailures(source: string): Promise<{ unit: string; targetDay: Day; error: string }[]>;
  /** The stored series of one protocol, over every dataset (a day stored by any source is stored). */
  seriesState(protocol: string): Promise<SeriesState[]>;
  /** The last stored day per key of a daily table, over every dataset. */
  lastDays(
    table: 'chain_tvl_daily' | 'prices_daily' | 'protocol_fees_daily',
    keyColumn: 'chain' | 'asset' | "protocol || '/' || kind",
  ): Promise<Map<string, Day>>;
  /**
   * Writes one unit, its flags (each once) and its checkpoint, and clears its failure, atomically.
   * Commits of different units may run at the same time (each in its own transaction).
   */
  commitUnit(commit: UnitCommit): Promise<void>;
  /** Records why a unit failed (replacing an earlier reason); its stored data is untouched. */
  recordUnitFailure(source: string, unit: string, targetDay: Day, error: string): Promise<void>;
}
