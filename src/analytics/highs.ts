import type { Day } from '../core/day.ts';
import type { DailyPoint } from '../model/tvl.ts';

/** A day on which a series reached at least the highest value of the `window` days before it. */
export type High = { day: Day; value: number; previousMax: number };

/**
 * The N-day highs of a daily series (MODELS §3: a value ≥ the max of the previous N days). A day
 * qualifies only once N earlier days are stored. O(n) with a monotonic queue.
 * @example highs([1,2,3].map(...), 2) → the third day (3 ≥ max(1, 2))
 */
export function highs(series: readonly DailyPoint[], window: number): High[] {
  const found: High[] = [];
  const queue: number[] = [];
  for (let i = 0; i < series.length; i++) {
    const point = series[i] as DailyPoint;
    while (queue.length > 0 && (queue[0] as number) < i - window) queue.shift();
    if (i >= window) {
      const previousMax = (series[queue[0] as number] as DailyPoint).value;
      if (point.value >= previousMax) found.push({ day: point.day, value: point.value, previousMax });
    }
    while (queue.length > 0 && (series[queue.at(-1) as number] as DailyPoint).value <= point.value)
      queue.pop();
    queue.push(i);
  }
  return found;
}

/** Whether `day` is an N-day high of the series; null when the day or its window is not stored. */
export function isHigh(series: readonly DailyPoint[], day: Day, window: number): boolean | null {
  const i = series.findIndex((p) => p.day === day);
  if (i < window) return null;
  const value = (series[i] as DailyPoint).value;
  return series.slice(i - window, i).every((p) => p.value <= value);
}
