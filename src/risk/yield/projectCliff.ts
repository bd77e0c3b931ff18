import type { CliffHorizon } from '../../model/cliffRule.ts';
import type { PoolYield } from '../../model/poolYield.ts';
import type { CliffResponse } from './measureCliff.ts';
import { splitApy } from './splitApy.ts';

/** A range of a projected figure: the median response and the interquartile range around it. */
export type ProjectedRange = { median: number; low: number; high: number };

/** TVL after a horizon if every reward stopped today (USD, and as a change from today). */
export type CliffProjection = {
  horizon: CliffHorizon;
  /** TVL today of the pools whose reward share is known, of those paid any reward, and of the unknown ones. */
  knownTvlUsd: number;
  rewardedTvlUsd: number;
  unknownTvlUsd: number;
  /** Projected TVL of the known pools; null when the response could not be measured. */
  projectedTvlUsd: ProjectedRange | null;
  change: ProjectedRange | null;
};

/**
 * Projects pools' TVL if their rewards stopped today, from the measured response per unit of incentive
 * share (linear in the share: a pool paid 40% by rewards moves 0.4 × the response; a pool paid nothing
 * by rewards does not move): TVL × (1 + share × r) with r the response's median, 25th (low) and 75th
 * (high) percentile, floored at 0. Pools whose split is unknown are not projected and are reported apart.
 * @example projectCliff([pool({ tvlUsd: 1e6, apyBase: 1, apyReward: 3 })], sustainedResponse)[1].projectedTvlUsd?.median
 */
export function projectCliff(pools: readonly PoolYield[], response: CliffResponse): CliffProjection[] {
  return response.horizons.map((h) => {
    let known = 0;
    let rewarded = 0;
    let unknown = 0;
    const projected = { median: 0, low: 0, high: 0 };
    const r = h.perIncentiveShare;
    for (const p of pools) {
      const split = splitApy(p.apy, p.apyBase, p.apyReward);
      if (!split) {
        unknown += p.tvlUsd;
        continue;
      }
      known += p.tvlUsd;
      const share = split.total > 0 ? split.reward / split.total : 0;
      if (split.reward > 0) rewarded += p.tvlUsd;
      if (!r) continue;
      const after = (x: number) => p.tvlUsd * Math.max(0, 1 + share * x);
      projected.median += after(r.median);
      projected.low += after(r.p25);
      projected.high += after(r.p75);
    }
    const change = (x: number) => (known > 0 ? x / known - 1 : 0);
    return {
      horizon: h.horizon,
      knownTvlUsd: known,
      rewardedTvlUsd: rewarded,
      unknownTvlUsd: unknown,
      projectedTvlUsd: r ? projected : null,
      change: r
        ? { median: change(projected.median), low: change(projected.low), high: change(projected.high) }
        : null,
    };
  });
}
