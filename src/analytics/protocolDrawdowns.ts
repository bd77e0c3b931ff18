import { type Day, daysBetween } from '../core/day.ts';
import type { DailyPoint, ProtocolSnapshot } from '../model/tvl.ts';
import type { ProtocolDailyTotal } from '../store/store.ts';
import { drawdown } from './drawdown.ts';
import { coveringKeys, type ProtocolIndex } from './protocolIdentity.ts';

/** A protocol's fall from its peak, combining daily history with the latest snapshot (USD). */
export type ProtocolDrawdown = {
  id: string;
  name: string;
  category: string | null;
  peakDay: Day;
  peakUsd: number;
  latestDay: Day;
  latestUsd: number;
  /** Where the latest figure comes from: the daily history, or the protocol-list snapshot. */
  latestFrom: 'history' | 'snapshot';
  drawdown: number;
  daysSincePeak: number;
  /** Datasets the history came from. */
  sources: string[];
  /** Snapshot entries summed for the latest figure. */
  snapshotMembers: string[];
  /** Month-end values of the history, oldest first, for sparklines. */
  monthly: number[];
};

/**
 * Peak-to-latest falls, one row per protocol identity. The peak is the highest day in any dataset's
 * daily history; the latest is the snapshot's value (sum of the protocol's snapshot entries) when the
 * snapshot is newer than the history, else the history's last day. Datasets are kept apart: a day's
 * value comes from one dataset, never a sum of two sources measuring the same thing. A product whose
 * parent has history too (SwapBased AMM under SwapBased) is inside the parent's row, not a row of its own.
 */
export function protocolDrawdowns(
  totals: readonly ProtocolDailyTotal[],
  snapshots: readonly ProtocolSnapshot[],
  index: ProtocolIndex,
): ProtocolDrawdown[] {
  const covered = coveringKeys(index, [...new Set(totals.map((t) => t.protocol))]);
  const series = new Map<string, Map<string, DailyPoint[]>>();
  for (const t of totals) {
    if (covered.has(t.protocol)) continue;
    const id = index.forKey(t.protocol).id;
    const byDataset = series.get(id) ?? new Map<string, DailyPoint[]>();
    const points = byDataset.get(t.dataset) ?? [];
    points.push({ day: t.day, value: t.tvlUsd });
    byDataset.set(t.dataset, points);
    series.set(id, byDataset);
  }
  const latestSnapshotDay = snapshots.reduce<Day | null>(
    (d, s) => (d === null || s.day > d ? s.day : d),
    null,
  );
  const snapshotBySlug = new Map(
    snapshots.filter((s) => s.day === latestSnapshotDay).map((s) => [s.slug as string, s]),
  );

  const rows: ProtocolDrawdown[] = [];
  for (const [id, byDataset] of series) {
    const identity = index.forKey(id);
    const perDataset = [...byDataset.values()].map((points) => drawdown(points)).filter((d) => d !== null);
    const first = perDataset[0];
    if (!first) continue;
    const best = perDataset.reduce((a, b) => (b.peak > a.peak ? b : a), first);
    const lastHistory = perDataset.reduce((a, b) => (b.latestDay > a.latestDay ? b : a), best);
    const members = identity.members.map((m) => snapshotBySlug.get(m.slug)).filter((s) => s !== undefined);
    const known = members.filter((m) => m.tvlUsd !== null);
    const useSnapshot =
      latestSnapshotDay !== null && known.length > 0 && latestSnapshotDay > lastHistory.latestDay;
    const latestUsd = useSnapshot ? known.reduce((s, m) => s + (m.tvlUsd ?? 0), 0) : lastHistory.latest;
    const latestDay = useSnapshot ? (latestSnapshotDay as Day) : lastHistory.latestDay;
    const longest = [...byDataset.values()].reduce((a, b) => (b.length > a.length ? b : a));
    rows.push({
      id,
      name: identity.name,
      category: identity.category,
      peakDay: best.peakDay,
      peakUsd: best.peak,
      latestDay,
      latestUsd,
      latestFrom: useSnapshot ? 'snapshot' : 'history',
      drawdown: 1 - latestUsd / best.peak,
      daysSincePeak: daysBetween(best.peakDay, latestDay),
      sources: [...byDataset.keys()].sort(),
      snapshotMembers: useSnapshot ? known.map((m) => m.name) : [],
      monthly: monthEnds(longest),
    });
  }
  return rows.sort((a, b) => b.drawdown - a.drawdown);
}

function monthEnds(points: readonly DailyPoint[]): number[] {
  const byMonth = new Map<string, number>();
  for (const p of points) byMonth.set(p.day.slice(0, 7), p.value);
  return [...byMonth.values()];
}
