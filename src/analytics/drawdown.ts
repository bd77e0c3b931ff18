import { type Day, daysBetween } from '../core/day.ts';
import type { DailyPoint } from '../model/tvl.ts';

/** Peak to latest (MODELS §3): drawdown = 1 − latest/peak, as a fraction. */
export type Drawdown = {
  peakDay: Day;
  peak: number;
  latestDay: Day;
  latest: number;
  drawdown: number;
  daysSincePeak: number;
};

/**
 * The peak of a daily series (first day it was reached) and the fall from it to the last point.
 * Returns null for an empty series or a non-positive peak.
 * @example drawdown([{day:'2024-01-01',value:100},{day:'2024-02-01',value:25}]).drawdown === 0.75
 */
export function drawdown(series: readonly DailyPoint[]): Drawdown | null {
  const last = series.at(-1);
  if (!last) return null;
  let peak = series[0] as DailyPoint;
  for (const point of series) if (point.value > peak.value) peak = point;
  if (peak.value <= 0) return null;
  return {
    peakDay: peak.day,
    peak: peak.value,
    latestDay: last.day,
    latest: last.value,
    drawdown: 1 - last.value / peak.value,
    daysSincePeak: daysBetween(peak.day, last.day),
  };
}
