import type { Day } from '../core/day.ts';
import { WATCH_THRESHOLD, type Weights } from '../risk/sustainability/factors.ts';
import type { SustainabilityScore } from '../risk/sustainability/scoreSignals.ts';
import { protocolScoreAt } from './scoreAt.ts';
import type { SustainabilityData } from './sustainabilityData.ts';

/** A watchlist entry: the protocol and its score. */
export type WatchlistEntry = { id: string; category: string | null } & SustainabilityScore;

/**
 * The last day of the stored daily history, robustly: the 90th percentile of the protocols' last days
 * (a few longer series would otherwise push it to a day when most histories have long stopped, scoring
 * them on staleness alone). The default `asOf` of scores, the watchlist, alerts and the backtest's end.
 */
export function latestDataDay(data: SustainabilityData): Day | null {
  const last = [...data.protocols.values()]
    .filter((p) => data.listed.has(p.id))
    .map((p) => p.series.at(-1)?.day)
    .filter((d): d is Day => d !== undefined)
    .sort();
  return last[Math.min(last.length - 1, Math.floor(last.length * 0.9))] ?? null;
}

/**
 * Every protocol (one row per identity: a product is inside its parent's) scoring below the threshold
 * on `asOf`, worst first, each from data known that day.
 * @example watchlist(data, '2025-03-01', DEFAULT_WEIGHTS)[0].drivers
 */
export function watchlist(
  data: SustainabilityData,
  asOf: Day,
  weights: Weights,
  threshold = WATCH_THRESHOLD,
): WatchlistEntry[] {
  const entries: WatchlistEntry[] = [];
  for (const [id, p] of data.protocols) {
    if (!data.listed.has(id)) continue;
    const s = protocolScoreAt(data, id, asOf, weights);
    if (s && s.score < threshold) entries.push({ id, category: p.category, ...s });
  }
  return entries.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
}
