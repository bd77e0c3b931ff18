import { addDays, type Day } from '../../core/day.ts';

/**
 * One feed observed on one day by one source (a rounds dataset, or a chain snapshot `chain/<market>`),
 * with the `stale-oracle` findings seen that day and the longest of them.
 */
export type FeedDay = {
  /** The feed (aggregator proxy) address, lower case. */
  feed: string;
  pair: string;
  source: string;
  day: Day;
  /** Stale findings seen that day: late rounds past heartbeat + grace, or a read past it (0: on time). */
  stale: number;
  /** The longest of them (seconds without an update), or null when none. */
  worst: { gapSeconds: number; heartbeatSeconds: number | null; roundId: string | null } | null;
};

/** Days of oracle observations a protocol's oracle signal looks back over. */
export const ORACLE_WINDOW_DAYS = 90;

/** The oracle-staleness signal on a day: stale findings in the window (null: no observation, unknown) and why. */
export type OracleStaleness = { findings: number | null; detail: string | null };

const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });

/**
 * The stale-oracle findings on the feeds a protocol relies on over the 90 days to `asOf` (days after it
 * are never read): unknown when no feed of it was observed in the window (no data is not "on time"); a
 * feed seen by two sources on one day counts that day's findings once (the larger count). The detail
 * names the longest gap: feed, day, seconds and × heartbeat, source.
 * @example oracleStaleness('2023-06-01', days).findings // 0: observed and on time
 */
export function oracleStaleness(asOf: Day, days: readonly FeedDay[]): OracleStaleness {
  const from = addDays(asOf, -ORACLE_WINDOW_DAYS);
  const seen = days.filter((d) => d.day <= asOf && d.day > from);
  if (seen.length === 0) return { findings: null, detail: null };
  const byFeedDay = new Map<string, FeedDay>();
  for (const d of seen) {
    const key = `${d.feed}|${d.day}`;
    const had = byFeedDay.get(key);
    if (!had || d.stale > had.stale) byFeedDay.set(key, d);
  }
  const counted = [...byFeedDay.values()];
  const findings = counted.reduce((s, d) => s + d.stale, 0);
  const pairs = [...new Set(seen.map((d) => d.pair))].sort();
  const sources = [...new Set(seen.map((d) => d.source))].sort();
  if (findings === 0)
    return {
      findings,
      detail: `on time: ${pairs.join(', ')} observed in the ${ORACLE_WINDOW_DAYS} days to ${asOf} (${sources.join(', ')}), none past heartbeat + grace`,
    };
  const worst = counted
    .filter((d) => d.stale > 0)
    .reduce((a, b) => ((b.worst?.gapSeconds ?? 0) > (a.worst?.gapSeconds ?? 0) ? b : a));
  const w = worst.worst;
  const how =
    w === null
      ? `${worst.stale} on ${worst.day}`
      : `${n(w.gapSeconds)} s without an update${w.heartbeatSeconds ? ` = ${(w.gapSeconds / w.heartbeatSeconds).toFixed(2)}× its ${n(w.heartbeatSeconds)} s heartbeat` : ''}, on ${worst.day}${w.roundId === null ? '' : ` (round ${w.roundId})`}`;
  return {
    findings,
    detail: `${findings} stale finding${findings === 1 ? '' : 's'} in ${ORACLE_WINDOW_DAYS} days; longest: ${worst.pair} (${worst.feed}) ${how}, source ${worst.source}`,
  };
}
