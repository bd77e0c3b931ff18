import type { Day } from '../../core/day.ts';
import { EXTREME_APY, type PoolYield, type YieldMixInput } from '../../model/poolYield.ts';
import { splitApy } from './splitApy.ts';

/** A token that pays incentives, as `chain:address`, with the pools it pays in and their reward (USD a year). */
export type RewardToken = { token: string; pools: number; rewardUsdPerYear: number; listedOn: Day | null };

/**
 * Where a set of pools' yield comes from on one day. Weights are the USD that earns each APY: the total
 * supplied for lending pools (DefiLlama's TVL there is only the idle part), the TVL otherwise. APYs are
 * percent a year; yields USD a year; shares fractions of the total yield in USD.
 */
export type YieldMix = {
  pools: number;
  tvlUsd: number;
  depositsUsd: number;
  /** Pools whose base/reward split is known, and those whose is not (never counted as reward-free). */
  known: { pools: number; depositsUsd: number };
  unknown: { pools: number; depositsUsd: number };
  /** Pools whose APY is above EXTREME_APY: kept apart from every weighted figure. */
  outliers: { pools: number; depositsUsd: number };
  /** Deposit-weighted over the known pools; null when they hold nothing. */
  baseApy: number | null;
  rewardApy: number | null;
  totalApy: number | null;
  yieldUsdPerYear: { base: number; reward: number; total: number };
  /** Reward ÷ total yield. */
  incentiveShare: number | null;
  /**
   * Yield paid by the users' own activity (trading fees, interest), net of the part of lending interest
   * that borrow incentives pay for: base × (1 − borrow reward ÷ borrow rate), ÷ total yield.
   */
  realYieldShare: number | null;
  /** Base yield that borrow incentives pay for, ÷ total yield (incentive + real + this = 1). */
  borrowSubsidyShare: number | null;
  /** Tokens that pay the reward, largest first (a pool listing several counts under each). */
  rewardTokens: RewardToken[];
  /** Reward (USD a year) of pools that list no reward token. */
  unlistedRewardUsdPerYear: number;
};

/** The USD that earns a pool's supply APY: what is supplied (lending), else the TVL. */
export const depositsOf = (p: Pick<PoolYield, 'supplyUsd' | 'tvlUsd'>) => p.supplyUsd ?? p.tvlUsd;

/**
 * The share of borrowers' interest that borrow incentives pay (0..1), where the pool reports both;
 * 0 where it reports no borrow incentive.
 */
export function borrowSubsidy(p: Pick<PoolYield, 'apyBaseBorrow' | 'apyRewardBorrow'>): number {
  if (p.apyBaseBorrow === null || p.apyRewardBorrow === null || p.apyBaseBorrow <= 0) return 0;
  return Math.min(1, Math.max(0, p.apyRewardBorrow / p.apyBaseBorrow));
}

/**
 * Aggregates pools' yields: deposit-weighted base, reward and total APY, the incentive, real-yield and
 * borrow-subsidy shares of the yield in USD, and the reward tokens. Pools with no base/reward split
 * (unknown) and pools above EXTREME_APY (outliers) are counted apart. Order-independent.
 * @example yieldMix([pool({ tvlUsd: 100, apyBase: 2, apyReward: 6 }), pool({ tvlUsd: 300, apyBase: 4, apyReward: 0 })]).incentiveShare // 600 / 2000 = 0.3
 */
export function yieldMix(pools: readonly YieldMixInput[]): YieldMix {
  let depositsUsd = 0;
  let tvlUsd = 0;
  let knownUsd = 0;
  let knownPools = 0;
  let base = 0;
  let reward = 0;
  let subsidised = 0;
  let unlisted = 0;
  let outlierPools = 0;
  let outlierUsd = 0;
  const tokens = new Map<string, RewardToken>();
  for (const p of pools) {
    const w = depositsOf(p);
    depositsUsd += w;
    tvlUsd += p.tvlUsd;
    const split = splitApy(p.apy, p.apyBase, p.apyReward);
    if (!split) continue;
    if (split.total > EXTREME_APY) {
      outlierPools++;
      outlierUsd += w;
      continue;
    }
    knownPools++;
    knownUsd += w;
    const baseUsd = (w * split.base) / 100;
    const rewardUsd = (w * split.reward) / 100;
    base += baseUsd;
    reward += rewardUsd;
    subsidised += baseUsd * borrowSubsidy(p);
    if (rewardUsd <= 0) continue;
    if (!p.rewardTokens || p.rewardTokens.length === 0) unlisted += rewardUsd;
    for (const address of new Set(p.rewardTokens?.map((t) => t.toLowerCase()) ?? [])) {
      const token = `${p.chain}:${address}`;
      const t = tokens.get(token) ?? { token, pools: 0, rewardUsdPerYear: 0, listedOn: p.tokensDay };
      t.pools++;
      t.rewardUsdPerYear += rewardUsd;
      if (p.tokensDay !== null && (t.listedOn === null || p.tokensDay > t.listedOn)) t.listedOn = p.tokensDay;
      tokens.set(token, t);
    }
  }
  const total = base + reward;
  const share = (x: number) => (total > 0 ? x / total : null);
  const apy = (usd: number) => (knownUsd > 0 ? (100 * usd) / knownUsd : null);
  return {
    pools: pools.length,
    tvlUsd,
    depositsUsd,
    known: { pools: knownPools, depositsUsd: knownUsd },
    unknown: {
      pools: pools.length - knownPools - outlierPools,
      depositsUsd: depositsUsd - knownUsd - outlierUsd,
    },
    outliers: { pools: outlierPools, depositsUsd: outlierUsd },
    baseApy: apy(base),
    rewardApy: apy(reward),
    totalApy: apy(total),
    yieldUsdPerYear: { base, reward, total },
    incentiveShare: share(reward),
    realYieldShare: share(base - subsidised),
    borrowSubsidyShare: share(subsidised),
    rewardTokens: [...tokens.values()].sort(
      (a, b) => b.rewardUsdPerYear - a.rewardUsdPerYear || a.token.localeCompare(b.token),
    ),
    unlistedRewardUsdPerYear: unlisted,
  };
}
