import type { Day } from '../core/day.ts';
import type { DailyPoint } from '../model/tvl.ts';
import type { BtcStakingRow } from '../store/store.ts';

/** The last close on or before `asOf` (any day when null), or null when there is none. */
export function lastClose(
  prices: readonly DailyPoint[],
  asOf: Day | null = null,
): { day: Day; usd: number } | null {
  const last = prices.filter((p) => asOf === null || p.day <= asOf).at(-1);
  return last ? { day: last.day, usd: last.value } : null;
}

/** A staking protocol's BTC and USD at its latest month-end in the rows (all holders), or null. */
export function latestStaked(
  rows: readonly BtcStakingRow[],
  protocol: string,
): { month: string; btc: number; usd: number } | null {
  const mine = rows.filter((r) => r.protocol === protocol);
  const month = mine.at(-1)?.month;
  if (month === undefined) return null;
  const latest = mine.filter((r) => r.month === month);
  return {
    month,
    btc: latest.reduce((s, r) => s + r.tvlBtc, 0),
    usd: latest.reduce((s, r) => s + r.tvlUsd, 0),
  };
}
