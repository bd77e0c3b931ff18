import type { Day, Month } from '../core/day.ts';
import type { BabylonParams, BtcLayerProfile } from '../model/btc-layer.ts';
import type { ChainId } from '../model/chain.ts';
import type { DailyFee } from '../model/fees.ts';
import type { PublishedL2Profile } from '../model/l2-risk.ts';
import type { AssetVolatility, LendingAccount, LendingPosition, LendingReserve } from '../model/lending.ts';
import type {
  DailyPoint,
  ProtocolPeak,
  ProtocolSnapshot,
  TokenBalance,
  TvlPointOn,
  TvlQuery,
  TvlStep,
} from '../model/tvl.ts';
import type { MarketStore } from './marketStore.ts';
import type { YieldReads } from './yieldStore.ts';

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

/** What a dataset load reports back. */
export type LoadResult = { files: ImportedFile[]; flags: Omit<QualityFlag, 'dataset'>[] };

/** What reclaiming a store's free space did: the file's size before and after (bytes), and why. */
export type SpaceReclaimed = { bytesBefore: number; bytesAfter: number; rewritten: boolean; reason: string };

/** First and last day a dataset covers, and how many rows it holds. */
export type DatasetCoverage = { dataset: string; firstDay: Day | null; lastDay: Day | null; rows: number };

/** One protocol's daily total value (core `tvl` section, all chains), from one dataset. */
export type ProtocolDailyTotal = { protocol: string; dataset: string; day: Day; tvlUsd: number };

/** A protocol's core TVL on one chain at the last stored day of a month (USD). */
export type ProtocolChainMonthEnd = { protocol: string; chain: ChainId; month: Month; tvlUsd: number };

/** A chain's TVL at the end of a month, from one dataset. */
export type ChainMonthEnd = { chain: ChainId; month: Month; tvlUsd: number; dataset: string };

/** One month-end product row of the BTC staking / restaking market. */
export type BtcStakingRow = {
  month: Month;
  product: string;
  protocol: string;
  holder: string;
  tvlUsd: number;
  tvlBtc: number;
};

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

/**
 * The store: where every dataset lands and every figure is read from. One implementation per engine
 * (DuckDB embedded; Postgres later). Writes happen one dataset at a time, each in one transaction.
 */
export interface Store extends YieldReads, MarketStore {
  /** Applies pending migrations and refreshes the chain registry. */
  migrate(): Promise<void>;
  /** Provenance of every imported dataset. */
  datasetImports(): Promise<DatasetImport[]>;
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
  coverage(
    dataset: string,
    tables: readonly { table: string; dayColumn: string | null }[],
  ): Promise<DatasetCoverage>;
  qualityFlags(): Promise<QualityFlag[]>;
  /** Every flagged TVL point of the file imports (live ingestion reports its own as ingest flags). */
  flaggedPoints(): Promise<FlaggedPoint[]>;
  protocolDailyTotals(asOf: Day | null): Promise<ProtocolDailyTotal[]>;
  /** Daily fees, revenue and incentives per protocol (live `ingest defillama --fees`), USD. */
  protocolFeesDaily(): Promise<DailyFee[]>;
  /** Each protocol's borrowed value (DefiLlama's `borrowed` section, all chains) per day, unflagged points. */
  protocolBorrowedDaily(): Promise<ProtocolDailyTotal[]>;
  /** Each protocol's core TVL per chain at each month's last stored day, unflagged points, up to `asOf`. */
  protocolChainMonthEnds(asOf: Day | null): Promise<ProtocolChainMonthEnd[]>;
  chainMonthEnds(asOf: Day | null): Promise<ChainMonthEnd[]>;
  protocolSnapshots(asOf: Day | null): Promise<ProtocolSnapshot[]>;
  /** The newest L2BEAT profile of each project, largest TVS first. */
  l2RiskProfiles(): Promise<PublishedL2Profile[]>;
  btcLayerProfiles(): Promise<BtcLayerProfile[]>;
  btcStakingMonthly(asOf: Day | null): Promise<BtcStakingRow[]>;
  /** Null when the Babylon dataset is not imported. */
  babylonParams(): Promise<BabylonParams | null>;
  /** Every protocol key with daily TVL history. */
  tvlKeys(): Promise<string[]>;
  /**
   * Running totals per (section, class) at each day they change, for the points `query` selects, and
   * the horizon (the last day any protocol in scope reported). See `analytics/tvlDays.ts` for the rule.
   */
  tvlSteps(query: TvlQuery): Promise<{ horizon: Day | null; steps: TvlStep[] }>;
  /** The points that stand for `day` in that figure, and the points rejected on that day. */
  tvlPointsOn(query: TvlQuery, day: Day): Promise<TvlPointOn[]>;
  /** Every protocol key's peak and latest day (core TVL, all chains), in USD, ETH and BTC, up to `asOf`. */
  protocolPeaks(asOf: Day | null): Promise<ProtocolPeak[]>;
  /** Daily token balances (summed over chains, core section) of every protocol whose amounts are stored. */
  tokenBalances(): Promise<TokenBalance[]>;
  /** Daily close of an asset in USD, oldest first. */
  dailyPrices(asset: 'ETH' | 'BTC'): Promise<DailyPoint[]>;
  /** DefiLlama's own published daily total of a chain (all protocols), with the dataset it came from. */
  chainDailyTvl(chain: ChainId): Promise<(DailyPoint & { dataset: string })[]>;
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
  /** Every data-quality flag raised on live data. */
  ingestFlags(): Promise<IngestFlag[]>;
  /**
   * Caps the memory the store's engine keeps (its cache of table data; it spills or evicts beyond it),
   * so a long ingest stays bounded however much it has written.
   */
  limitMemory(mib: number): Promise<void>;
  lendingAccounts(market: string): Promise<LendingAccount[]>;
  /** Each account's largest debt position's reserve, keyed by account. */
  lendingDebtReserves(market: string): Promise<Map<string, LendingReserve>>;
  /** Each account's largest debt position (token amount and price), keyed by account. */
  lendingDebtPositions(market: string): Promise<Map<string, LendingPosition>>;
  /** Realised daily volatilities per asset symbol. */
  assetVolatilities(): Promise<AssetVolatility[]>;
  /**
   * Gives back the space that replaced data left free inside the store (after an import replaced
   * datasets), so re-importing the same files does not grow the store. Never fails for lack of space:
   * it then leaves the store as it is and says why.
   */
  reclaimSpace(): Promise<SpaceReclaimed>;
  close(): void;
}
