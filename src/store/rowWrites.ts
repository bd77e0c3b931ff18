import type { Day } from '../core/day.ts';
import type { BtcLayerProfile } from '../model/btc-layer.ts';
import type { L2RiskProfile } from '../model/l2-risk.ts';
import type { OracleFinding } from '../risk/oracle/oracleFindings.ts';
import type { RateStrategyRow, YieldDayRow, YieldPoolRow } from './yieldStore.ts';

/** A protocol as one dataset lists it (`protocols`). */
export type ProtocolRow = {
  slug: string;
  name: string;
  category: string | null;
  parent: string | null;
  url: string | null;
};

/**
 * One protocol in one dataset's protocol-list snapshot: TVL in USD (null when none is listed), and its
 * adapter's `doublecounted` flag with where it comes from (null when no source says).
 */
export type ProtocolSnapshotRow = {
  slug: string;
  name: string;
  category: string | null;
  tvlUsd: number | null;
  chains: readonly string[];
  oracles: readonly string[];
  doublecounted: boolean | null;
  doublecountedSource: string | null;
};

/** One L2BEAT project's profile (stage, rosette, TVS in USD) under L2BEAT's project id. */
export type L2RiskProfileRow = { project: string; profile: L2RiskProfile };

/** A protocol-wide TVL point (USD); `flag` names the sanity rule it breaks (`negative`), kept out of totals. */
export type ProtocolPoint = { protocol: string; section: string; day: Day; usd: number; flag: string | null };

/** A protocol's current TVL on one chain and section, dated by its history's last day (USD). */
export type ProtocolChainSnapshotRow = {
  day: Day;
  protocol: string;
  chain: string;
  section: string;
  tvlUsd: number;
};

/** One version of Babylon's staking parameters (amounts in satoshi, times in Bitcoin blocks). */
export type BabylonParamsRow = {
  version: number;
  activationHeight: number;
  capHeight: number | null;
  stakingCapSat: number | null;
  covenantQuorum: number;
  covenantSize: number;
  unbondingBlocks: number;
  unbondingFeeSat: number;
  minStakeSat: number;
  maxStakeSat: number;
  minTimeBlocks: number;
  maxTimeBlocks: number;
  confirmationDepth: number;
};

/** Babylon's parameters per version, covenant committee and finality-provider registry (one file each). */
export type BabylonNetworkRows = {
  params: readonly BabylonParamsRow[];
  signers: readonly { pk: string; name: string }[];
  providers: readonly {
    moniker: string;
    eotsPk: string;
    /** Fraction of rewards, 0..1. */
    commission: number;
    website: string | null;
    file: string;
  }[];
};

/** A reserve's configuration on one day, its untrusted fields already nulled. */
export type ReserveConfigRow = {
  market: string;
  chain: string;
  asset: string;
  symbol: string;
  asOf: string;
  decimals: number;
  borrowingEnabled: boolean;
  liquidationProtocolFee: number | null;
  emodeCategory: number | null;
};

/** One Chainlink round of a feed: integers as decimal text (answers in the feed's decimals), time in unix seconds. */
export type OracleRoundRow = {
  feed: string;
  pair: string;
  roundId: string;
  answer: string;
  updatedAt: number;
  answeredInRound: string;
  /** The UTC day of `updatedAt`; null for a round with no time. */
  day: Day | null;
};

/**
 * A dated finding on a feed's rounds (`risk/oracle/oracleFindings.ts`): `stale-oracle` or
 * `oracle-deviation`, the round and UTC day it is seen on, seconds and fractions as found, and its file.
 */
export type OracleFindingRow = OracleFinding & { file: string };

/**
 * The typed writes of rows parsed outside the store, inside a dataset load's or a live unit's
 * transaction: every row is tagged with `dataset`. No SQL passes through.
 */
export interface RowWrites {
  appendProtocols(dataset: string, rows: readonly ProtocolRow[]): Promise<void>;
  /** Appends a protocol-list snapshot of `day`. */
  appendProtocolSnapshots(dataset: string, day: Day, rows: readonly ProtocolSnapshotRow[]): Promise<void>;
  /** Replaces the dataset's protocols, and its snapshot of `day`, with these. */
  replaceProtocolList(
    dataset: string,
    day: Day,
    protocols: readonly ProtocolRow[],
    snapshots: readonly ProtocolSnapshotRow[],
  ): Promise<void>;
  appendProtocolPoints(dataset: string, points: readonly ProtocolPoint[]): Promise<void>;
  appendProtocolChainSnapshots(dataset: string, rows: readonly ProtocolChainSnapshotRow[]): Promise<void>;
  /** Replaces the dataset's L2 profiles of `asOf` with these (each dated `asOf`). */
  replaceL2RiskProfiles(dataset: string, asOf: Day, profiles: readonly L2RiskProfileRow[]): Promise<void>;
  /** Appends Bitcoin layer reviews as of `asOf`. */
  appendBtcLayerProfiles(dataset: string, asOf: Day, profiles: readonly BtcLayerProfile[]): Promise<void>;
  appendBabylonNetwork(dataset: string, network: BabylonNetworkRows): Promise<void>;
  appendYieldPools(dataset: string, pools: readonly YieldPoolRow[]): Promise<void>;
  /** Appends pool-days (USD, APYs in percent a year). */
  appendYieldDays(dataset: string, days: readonly YieldDayRow[]): Promise<void>;
  /**
   * Writes a live `/pools` answer of `day`: each listed pool's attributes replace its earlier live ones,
   * and its day replaces any live row of that day.
   */
  writeLivePools(day: Day, pools: readonly YieldPoolRow[], days: readonly YieldDayRow[]): Promise<void>;
  /** Writes a live `/chart/{pool}` answer: its days replace the pool's live days from its first to its last. */
  writeLivePoolHistory(pool: string, days: readonly YieldDayRow[]): Promise<void>;
  /** Derives again the pool spans and incentive-cliff facts from every stored pool-day (`model/cliffRule.ts`). */
  deriveYieldFacts(): Promise<void>;
  appendReserveConfigs(dataset: string, rows: readonly ReserveConfigRow[]): Promise<void>;
  /** Appends interest-rate strategies (fractions a year). */
  appendRateStrategies(dataset: string, rows: readonly RateStrategyRow[]): Promise<void>;
  appendOracleRounds(dataset: string, rounds: readonly OracleRoundRow[]): Promise<void>;
  appendOracleFindings(dataset: string, findings: readonly OracleFindingRow[]): Promise<void>;
}
