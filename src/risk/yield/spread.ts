/** A distribution's centre and spread: the median, the interquartile range and the 10th–90th percentiles. */
export type Spread = { n: number; median: number; p25: number; p75: number; p10: number; p90: number };

/**
 * The q-quantile with linear interpolation between order statistics (Hyndman–Fan type 7: numpy's
 * default, DuckDB's `quantile_cont`). Throws on an empty list.
 * @example quantileOf([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileOf(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty list');
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] as number;
  return a + ((sorted[hi] as number) - a) * (at - lo);
}

/** The spread of `values` (in any order); null when there are none. */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const s = Float64Array.from(values).sort();
  return {
    n: s.length,
    median: quantileOf(s, 0.5),
    p25: quantileOf(s, 0.25),
    p75: quantileOf(s, 0.75),
    p10: quantileOf(s, 0.1),
    p90: quantileOf(s, 0.9),
  };
}
