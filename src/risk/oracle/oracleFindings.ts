import { type Day, dayFromUnix } from '../../core/day.ts';
import type { FeedRules } from '../../model/chainlinkFeeds.ts';
import { type FeedReport, graceSecondsOf } from './feedViolations.ts';

/**
 * A dated oracle finding: `stale-oracle`, a feed that went longer than its heartbeat plus the latency
 * grace without an update (seen when the late update landed, or when the feed was read); or
 * `oracle-deviation`, an update that moved more than twice the feed's deviation threshold at once.
 */
export type OracleFindingKind = 'stale-oracle' | 'oracle-deviation';

/** One finding on one feed, with the round and day it is seen on, and how late or how far (seconds, fractions). */
export type OracleFinding = {
  kind: OracleFindingKind;
  /** The feed (aggregator proxy) address, lower case. */
  feed: string;
  pair: string;
  /** The round that ended the gap (or the feed's latest round when read); decimal text. */
  roundId: string | null;
  /** The UTC day it is seen on: the late round's day, or the day the feed was read. */
  day: Day;
  /** Unix seconds it is seen at. */
  at: number;
  /** `update`: a late round landed; `read`: the feed was read this long after its last update. */
  seenAt: 'update' | 'read';
  /** Seconds without an update (stale), or since the previous update (deviation). */
  gapSeconds: number | null;
  heartbeatSeconds: number | null;
  graceSeconds: number | null;
  /** Relative move in one update (deviation): 0.012 = 1.2%. */
  move: number | null;
  /** The feed's deviation threshold (fraction). */
  deviation: number | null;
};

/**
 * The dated findings of a feed's report (`feedViolations`): each heartbeat violation and a feed stale at
 * `now` as `stale-oracle`, each jump past twice the deviation threshold as `oracle-deviation`. Rounds with
 * no data, non-positive or carried-over answers are broken rows, not findings about the feed's timing.
 * @example feedFindings('0x5f4e…', CHAINLINK_FEEDS['0x5f4e…'], feedViolations(rounds, rules))
 */
export function feedFindings(feed: string, rules: FeedRules, report: FeedReport): OracleFinding[] {
  return report.violations.flatMap((v): OracleFinding[] => {
    if (v.kind !== 'heartbeat' && v.kind !== 'stale' && v.kind !== 'deviation') return [];
    const stale = v.kind !== 'deviation';
    return [
      {
        kind: stale ? 'stale-oracle' : 'oracle-deviation',
        feed,
        pair: rules.pair,
        roundId: v.roundId === null ? null : v.roundId.toString(),
        day: dayFromUnix(v.at),
        at: v.at,
        seenAt: v.kind === 'stale' ? 'read' : 'update',
        gapSeconds: v.gapSeconds,
        heartbeatSeconds: rules.heartbeatSeconds,
        graceSeconds: report.graceSeconds,
        move: v.move,
        deviation: rules.deviation,
      },
    ];
  });
}

/** A feed's latest round as a market read found it: when it was updated and when it was read (unix seconds). */
export type FeedRead = {
  feed: string;
  pair: string;
  roundId: string | null;
  updatedAt: number;
  readAt: number;
  heartbeatSeconds: number | null;
};

/**
 * Whether a price read `ageSeconds` after its feed's last update is stale: older than the heartbeat plus
 * the latency grace (the rule `feedViolations` applies to gaps between rounds); false without a heartbeat.
 */
export function isStaleAge(ageSeconds: number, heartbeatSeconds: number | null): boolean {
  return heartbeatSeconds !== null && ageSeconds > heartbeatSeconds + graceSecondsOf(heartbeatSeconds);
}

/**
 * A price read past its feed's heartbeat plus the latency grace (the rule `feedViolations` applies to
 * rounds, so a read and a history judge alike), as a `stale-oracle` finding seen at the read; null when
 * on time or when the heartbeat is unknown (no verdict without one).
 */
export function readFinding(read: FeedRead): OracleFinding | null {
  const hb = read.heartbeatSeconds;
  const age = read.readAt - read.updatedAt;
  if (hb === null || !isStaleAge(age, hb)) return null;
  return {
    kind: 'stale-oracle',
    feed: read.feed,
    pair: read.pair,
    roundId: read.roundId,
    day: dayFromUnix(read.readAt),
    at: read.readAt,
    seenAt: 'read',
    gapSeconds: age,
    heartbeatSeconds: hb,
    graceSeconds: graceSecondsOf(hb),
    move: null,
    deviation: null,
  };
}

const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });

/**
 * A finding in words: the feed, the round and day, and how late (seconds and × heartbeat) or how far.
 * @example "ETH / USD went 7,320 s without an update (2.03× its 3,600 s heartbeat; grace 120 s), until round 7 on 2023-05-03"
 */
export function findingMessage(f: OracleFinding): string {
  const round = f.roundId === null ? '' : ` round ${f.roundId}`;
  if (f.kind === 'oracle-deviation')
    return `${f.pair} moved ${(100 * (f.move ?? 0)).toFixed(2)}% in one update (${f.deviation === null ? 'threshold unknown' : `${((f.move ?? 0) / f.deviation).toFixed(1)}× its ${(100 * f.deviation).toFixed(1)}% deviation threshold`}), at${round} on ${f.day}, ${n(f.gapSeconds ?? 0)} s after the previous update`;
  const gap = f.gapSeconds ?? 0;
  const late =
    f.heartbeatSeconds === null
      ? 'heartbeat unknown'
      : `${(gap / f.heartbeatSeconds).toFixed(2)}× its ${n(f.heartbeatSeconds)} s heartbeat; grace ${n(f.graceSeconds ?? 0)} s`;
  return f.seenAt === 'update'
    ? `${f.pair} went ${n(gap)} s without an update (${late}), until${round} on ${f.day}`
    : `${f.pair} was ${n(gap)} s old when read on ${f.day} (${late}), latest${round}`;
}
