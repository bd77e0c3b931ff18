import type { Day } from '../core/day.ts';
import { WATCH_THRESHOLD, type Weights } from '../risk/sustainability/factors.ts';
import type { SustainabilityScore } from '../risk/sustainability/scoreSignals.ts';
import { protocolScoreAt, type SustainabilityData } from './sustainabilityData.ts';

/** A watchlist entry: the protocol and its score. */
export type WatchlistEntry = { id: string; category: string | null } & SustainabilityScore;

/** The last day any stored protocol history reaches: the default `asOf` of scores and the watchlist. */
export function latestDataDay(data: SustainabilityData): Day | null {
  let last: Day | null = null;
  for (const p of data.protocols.values()) {
    const d = p.series.at(-1)?.day;
    if (d && (last === null || d > last)) last = d;
  }
  return last;
}

/**
 * Every protocol scoring below the threshold on `asOf`, worst first, each from data known that day.
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
    const s = protocolScoreAt(data, id, asOf, weights);
    if (s && s.score < threshold) entries.push({ id, category: p.category, ...s });
  }
  return entries.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
}
