/** A pool's APY split into what its own activity pays (base) and what incentives pay (reward), percent a year. */
export type ApySplit = { base: number; reward: number; total: number };

/**
 * DefiLlama Yields reports `apy = apyBase + apyReward`, either part possibly null. A missing part is the
 * total minus the other (a base that makes up the whole total means no reward; a reward above the total
 * leaves no base); with both parts missing the split is unknown (null), never zero.
 * @example splitApy(5.4, 4.93, null) // { base: 4.93, reward: 0.47, total: 5.4 }; splitApy(3.06, null, null) // null
 */
export function splitApy(apy: number | null, base: number | null, reward: number | null): ApySplit | null {
  if (base !== null && reward !== null) return { base, reward, total: base + reward };
  if (apy === null) return null;
  if (base !== null) return { base, reward: Math.max(0, apy - base), total: Math.max(apy, base) };
  if (reward !== null) return { base: Math.max(0, apy - reward), reward, total: Math.max(apy, reward) };
  return null;
}
