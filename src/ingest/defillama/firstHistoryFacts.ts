import type { Day } from '../../core/day.ts';
import { addDays } from '../../core/day.ts';
import type { ChainId } from '../../model/chain.ts';
import { isBitcoinSide } from '../../model/chains.ts';

/** A new point of a protocol's first history: its chain, section, day, USD value and flag. */
export type NewPoint = { chain: string; section: string; day: Day; usd: number; flag: string | null };

/**
 * The derived TVL facts of a protocol's first history, computed as the points are written (the store
 * derives them in SQL when a history is continued: `store/duckdb/deriveTvlFacts.ts`; a test holds
 * the two equal):
 * - `coversFrom` / `coversFromAll`: per day, the first day the protocol's item of that day stands for
 *   (the day after its previous item; its own day for the first), over accepted days (a day with a
 *   flagged point is rejected whole, as DefiLlama rejects the whole update) or over all days.
 * - `totals`: per accepted day, core TVL over all chains and the Bitcoin-side part (USD).
 */
export function firstHistoryFacts(points: readonly NewPoint[]): {
  coversFrom: Map<Day, Day>;
  coversFromAll: Map<Day, Day>;
  totals: { day: Day; usd: number; btcSideUsd: number }[];
} {
  const rejectedDays = new Set(points.filter((p) => p.flag !== null).map((p) => p.day));
  const accepted = points.filter((p) => !rejectedDays.has(p.day));
  const totals = new Map<Day, { usd: number; btcSideUsd: number }>();
  for (const p of accepted) {
    if (p.section !== 'tvl') continue;
    const t = totals.get(p.day) ?? { usd: 0, btcSideUsd: 0 };
    t.usd += p.usd;
    if (isBitcoinSide(p.chain as ChainId)) t.btcSideUsd += p.usd;
    totals.set(p.day, t);
  }
  return {
    coversFrom: coverage(accepted.map((p) => p.day)),
    coversFromAll: coverage(points.map((p) => p.day)),
    totals: [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, t]) => ({ day, ...t })),
  };
}

function coverage(days: readonly Day[]): Map<Day, Day> {
  const sorted = [...new Set(days)].sort();
  return new Map(sorted.map((day, i) => [day, i === 0 ? day : addDays(sorted[i - 1] as Day, 1)]));
}
