import type { IngestWrites } from './ingestWrites.ts';
import type { LayerReads } from './layerReads.ts';
import type { LendingReads } from './lendingReads.ts';
import type { MarketStore } from './marketStore.ts';
import type { OracleReads } from './oracleReads.ts';
import type { ProvenanceReads } from './provenanceReads.ts';
import type { StoreMaintenance } from './storeMaintenance.ts';
import type { TvlReads } from './tvlReads.ts';
import type { YieldReads } from './yieldStore.ts';

export type { IngestCheckpoint, IngestFlag, LoadResult, SeriesState, UnitCommit } from './ingestWrites.ts';
export type { BtcStakingRow } from './layerReads.ts';
export type { Column, ColumnType, DatasetTx, LoadTx, RowFlag } from './loadTx.ts';
export type { MarketFeedRead, OracleFeedDay, StoredOracleFinding } from './oracleReads.ts';
export type {
  DatasetCoverage,
  DatasetImport,
  FlaggedPoint,
  ImportedFile,
  QualityFlag,
} from './provenanceReads.ts';
export type { SpaceReclaimed } from './storeMaintenance.ts';
export type { ChainMonthEnd, ProtocolChainMonthEnd, ProtocolDailyTotal } from './tvlReads.ts';

/**
 * The store: where every dataset lands and every figure is read from, composed of one interface per
 * area (each in its own file), so a second engine implements the same parts. One implementation per
 * engine (DuckDB embedded; Postgres later). Writes happen one dataset or one live unit at a time, each
 * in one transaction.
 */
export interface Store
  extends TvlReads,
    LayerReads,
    LendingReads,
    YieldReads,
    MarketStore,
    OracleReads,
    IngestWrites,
    ProvenanceReads,
    StoreMaintenance {}
