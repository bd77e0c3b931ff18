import type { Day } from '../core/day.ts';
import type { ChainId } from '../model/chain.ts';
import type { CliffEpisode, CliffOutcome } from '../model/cliffRule.ts';
import type { PoolYield, YieldMixInput } from '../model/poolYield.ts';

/** The dataset live DefiLlama Yields rows belong to (`ingest defillama --yields`). */
export const YIELDS_LIVE_DATASET = 'defillama/yields-api';

/** A pool as one yields dataset lists it (`yield_pools`). */
export type YieldPoolRow = {
  pool: string;
  project: string;
  chain: ChainId;
  symbol: string;
  category: string | null;
  poolMeta: string | null;
  rewardTokens: readonly string[] | null;
  underlyingTokens: readonly string[] | null;
  stablecoin: boolean | null;
  exposure: string | null;
  /** Where in the source the pool was read (`line 12`, `row 3`, `pool <id>`). */
  place: string;
};

/** One pool on one day (`yield_pool_days`): USD amounts, APYs in percent a year as the source gives them. */
export type YieldDayRow = {
  pool: string;
  day: Day;
  tvlUsd: number;
  apy: number | null;
  apyBase: number | null;
  apyReward: number | null;
  supplyUsd: number | null;
  borrowUsd: number | null;
  apyBaseBorrow: number | null;
  apyRewardBorrow: number | null;
};

/** The days a yields dataset covers and how many pools it has, and has on its last day. */
export type YieldCoverage = {
  dataset: string;
  firstDay: Day;
  lastDay: Day;
  pools: number;
  poolsOnLastDay: number;
};

/** A reward-fall episode as stored (see `deriveYieldFacts`). */
export type CliffEpisodeRow = CliffEpisode;

/** Aave reserve state on one day (`lending_reserve_rates_daily`): rates per year as fractions (APR). */
export type ReserveRateDay = {
  market: string;
  chain: ChainId;
  asset: string;
  symbol: string;
  day: Day;
  liquidityRate: number;
  variableBorrowRate: number;
  /** Null where the source's value is out of its range (flagged at import). */
  reserveFactor: number | null;
  frozen: boolean;
  paused: boolean;
};

/** An Aave interest-rate strategy of a reserve as a governance config report states it (fractions a year). */
export type RateStrategyRow = {
  market: string;
  chain: ChainId;
  asset: string;
  symbol: string;
  asOf: Day;
  optimalUsageRatio: number;
  baseVariableBorrowRate: number;
  variableRateSlope1: number;
  variableRateSlope2: number;
  reserveFactor: number;
  strategy: string;
  file: string;
};

/** A pool's span of days in one dataset, with what identifies it (project, chain, category). */
export type YieldPoolSpan = {
  pool: string;
  dataset: string;
  project: string;
  chain: ChainId;
  category: string | null;
  firstDay: Day;
  lastDay: Day;
  days: number;
};

/**
 * Which pools a yield read returns: one pool, a chain's, some projects' (as the source names them), or
 * a category's (the pool's own category, or for a pool without one, its project being one of `projects`).
 */
export type YieldPoolFilter =
  | { kind: 'all' }
  | { kind: 'pool'; pool: string }
  | { kind: 'chain'; chain: ChainId }
  | { kind: 'projects'; projects: readonly string[] }
  | { kind: 'category'; category: string; projects: readonly string[] };

/** The store's yield reads: pool yields by day, the incentive-cliff episodes, lending rates and strategies. */
export interface YieldReads {
  /** Each yields dataset's days and pools. */
  yieldCoverage(): Promise<YieldCoverage[]>;
  /** Every project the yields data names, with its pools' most common category. */
  yieldProjects(): Promise<{ project: string; category: string | null }[]>;
  /** The filtered pools' spans of days per dataset (the yield questions choose their day from them). */
  yieldPoolSpans(filter: YieldPoolFilter): Promise<YieldPoolSpan[]>;
  /**
   * Every pool's yield on `day`: one row per pool (live data first, then the snapshot, the history and
   * the export), with the reward tokens of its newest listing up to `day` where one lists them.
   */
  poolYieldsOn(day: Day, filter: YieldPoolFilter): Promise<PoolYield[]>;
  /**
   * Every stored pool-day of the filtered pools (one row per pool and day) with what the yield mix reads
   * and the project, for the per-protocol signals (no reward tokens: a lean read of ~100k rows).
   */
  poolYieldHistory(filter: YieldPoolFilter): Promise<PoolYieldMixDay[]>;
  /** A fingerprint of the stored cliff facts: equal fingerprints, equal episodes and control groups. */
  cliffFactsVersion(): Promise<string>;
  /** Every reward-fall episode's outcome and control groups (no pool names: a lean read for the measurement). */
  cliffOutcomes(): Promise<CliffOutcome[]>;
  /** The filtered pools' reward-fall episodes, newest first, at most `limit`, on or before `asOf`. */
  cliffEpisodes(filter: YieldPoolFilter, asOf: Day | null, limit: number): Promise<CliffEpisodeRow[]>;
  /** Daily Aave reserve rates, all markets, oldest first. */
  reserveRates(): Promise<ReserveRateDay[]>;
  /** The interest-rate strategies stored from governance config reports. */
  rateStrategies(): Promise<RateStrategyRow[]>;
}

/** A pool-day as the per-protocol signals read it: the project, the day and the yield mix's inputs. */
export type PoolYieldMixDay = YieldMixInput & { project: string; day: Day };
