import type { Day } from '../core/day.ts';
import type { ChainId } from './chain.ts';
import { EXTREME_APY } from './poolYield.ts';

/**
 * The incentive-cliff rule, fixed and seed-free (issue 25), shared by the store that derives the episodes
 * and the engine that measures them. A pool-day is a **baseline** when its reward APY is at least
 * `minRewardApy` (percent), its total APY at most `maxApy` (EXTREME_APY), its TVL at least `minTvlUsd`,
 * and its reward APY falls below `fall` × that
 * level on some day of the next `windowDays` days; runs of consecutive baseline days are one **episode**,
 * dated by the run's last day (the last day before the fall shows). An episode is **sustained** when
 * the reward APY stays below `fall` × the baseline level on every day of the `sustainDays` days after the
 * fall's week (unknown without data there). A **control** on the same day is a pool that meets the same
 * thresholds and whose reward APY stays at or above `fall` × its level on every day of the horizon.
 * Outcomes: TVL on the last day with data in (day + h − `outcomeSlackDays`, day + h] over TVL on the day.
 */
export const CLIFF_RULE = {
  fall: 0.5,
  windowDays: 7,
  minRewardApy: 1,
  maxApy: EXTREME_APY,
  minTvlUsd: 10_000,
  sustainDays: 30,
  horizons: [30, 90] as const,
  outcomeSlackDays: 4,
} as const;

/** The two outcome horizons, in days. */
export type CliffHorizon = (typeof CLIFF_RULE.horizons)[number];

/** The control pools of an episode's day: how many, and their median TVL change (fraction). */
export type ControlGroup = { pools: number; medianChange: number };

/**
 * What the measurement reads of a reward-fall episode: its baseline day, the reward and total APY then
 * (percent), whether the fall lasted (null: no data to say), the TVL change 30 and 90 days later
 * (fractions; null where no data), and the same-day control group of each horizon.
 */
export type CliffOutcome = {
  day: Day;
  rewardApy: number;
  totalApy: number;
  sustained: boolean | null;
  change30: number | null;
  change90: number | null;
  control30: ControlGroup | null;
  control90: ControlGroup | null;
};

/** A reward-fall episode of a pool's history: its outcome, the pool, and its TVL on the baseline day (USD). */
export type CliffEpisode = CliffOutcome & { pool: string; project: string; chain: ChainId; tvlUsd: number };
