import type { Day } from '../core/day.ts';
import type { ChainId } from './chain.ts';

/**
 * One pool's yield on one day, as a yields source reports it (DefiLlama Yields: the yields-page export,
 * `/pools`, `/chart/{pool}`). APYs are percent a year (4.5 = 4.5%) and null where the source gives none;
 * amounts are USD. For lending pools DefiLlama's TVL is the idle liquidity; `supplyUsd` is what earns the
 * supply APY.
 */
export type PoolYield = {
  pool: string;
  /** The project as the source names it (a display name or a slug); mapped through the protocol identity. */
  project: string;
  chain: ChainId;
  symbol: string;
  category: string | null;
  poolMeta: string | null;
  day: Day;
  dataset: string;
  tvlUsd: number;
  apy: number | null;
  apyBase: number | null;
  apyReward: number | null;
  supplyUsd: number | null;
  borrowUsd: number | null;
  /** What borrowers pay, percent a year (positive: a cost). */
  apyBaseBorrow: number | null;
  /** Incentives paid to borrowers, percent a year (positive: lowers their cost). */
  apyRewardBorrow: number | null;
  /** Reward token addresses as listed on `tokensDay`; null where no list is stored. */
  rewardTokens: readonly string[] | null;
  tokensDay: Day | null;
};

/** A pool's daily TVL and reward APY, the input of the incentive-cliff facts (USD, percent a year). */
export type PoolYieldPoint = { day: Day; tvlUsd: number; apy: number | null; apyReward: number | null };

/**
 * APYs above this (percent a year) are kept apart from weighted figures: DefiLlama reports concentrated-
 * liquidity pools at their in-range APY (Aerodrome Slipstream pools at 100,000%+ on $2M), which no
 * deposit earns and which would swamp any average.
 */
export const EXTREME_APY = 1000;

/** What the mix reads of a pool-day (a lean read need not carry the pool's names). */
export type YieldMixInput = Pick<
  PoolYield,
  | 'chain'
  | 'tvlUsd'
  | 'supplyUsd'
  | 'apy'
  | 'apyBase'
  | 'apyReward'
  | 'apyBaseBorrow'
  | 'apyRewardBorrow'
  | 'rewardTokens'
  | 'tokensDay'
>;
