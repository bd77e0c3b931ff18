import type { FeedRules } from '../../model/chainlinkFeeds.ts';

/** One round of a Chainlink-style feed (AggregatorV3 `getRoundData`); times in unix seconds. */
export type FeedRound = { roundId: bigint; answer: bigint; updatedAt: number; answeredInRound: bigint };

/** What can be wrong with a feed's rounds. */
export type FeedViolationKind =
  | 'no-data'
  | 'non-positive'
  | 'carried-over'
  | 'backdated'
  | 'heartbeat'
  | 'deviation'
  | 'stale';

/** One finding, at a round (or at `now` for a feed that is stale at the end). */
export type FeedViolation = {
  kind: FeedViolationKind;
  roundId: bigint | null;
  /** Unix seconds of the round (or of `now`). */
  at: number;
  /** Seconds since the previous update (heartbeat, stale). */
  gapSeconds: number | null;
  /** Relative move from the previous answer (deviation). */
  move: number | null;
};

export type FeedReport = {
  rounds: number;
  firstUpdate: number | null;
  lastUpdate: number | null;
  maxGapSeconds: number;
  /** Updates that came after the heartbeat but within the grace (the usual on-chain latency). */
  lateUpdates: number;
  graceSeconds: number | null;
  violations: FeedViolation[];
  counts: Record<FeedViolationKind, number>;
};

export type ViolationOptions = {
  /** Seconds past the heartbeat still counted as on time; default max(120, 1% of the heartbeat). */
  graceSeconds?: number;
  /** A move above this many deviation thresholds in one update is a deviation violation; default 2. */
  jumpFactor?: number;
  /** When given, a feed whose last update is older than heartbeat + grace at `now` is stale. */
  now?: number;
};

/**
 * Seconds past a heartbeat still counted as on time: max(120 s, 1% of the heartbeat). Chainlink: "when the
 * node detects that the heartbeat is reached, it initiates the latest round … there may be an approximately
 * 40 second latency" (smartcontractkit/documentation, data-feeds/index.mdx); the ETH/USD and BTC/USD files
 * show up to 120 s.
 * @example graceSecondsOf(3600) // 120; graceSecondsOf(86_400) // 864
 */
export function graceSecondsOf(heartbeatSeconds: number): number {
  return Math.max(120, heartbeatSeconds / 100);
}

/**
 * Heartbeat and deviation violations of a feed's rounds (pure; any order in, round order inside, which
 * is time order on a real feed; the latest round is the one with the highest id):
 * a round with no data (`updatedAt = 0`), a non-positive answer, an answer carried over from an earlier
 * round, a round dated before the one it follows; a gap between updates longer than the heartbeat plus a grace (Chainlink: "when the node
 * detects that the heartbeat is reached, it initiates the latest round … there may be an approximately
 * 40 second latency"; the files show up to 120 s); a move of more than `jumpFactor` deviation thresholds
 * in one update (the feed let the price drift past its trigger before updating); and, given `now`, a
 * feed stale at the end.
 * @example feedViolations(rounds, { pair: 'ETH / USD', heartbeatSeconds: 3600, deviation: 0.005 }).counts.heartbeat
 */
export function feedViolations(
  rounds: readonly FeedRound[],
  rules: FeedRules,
  options: ViolationOptions = {},
): FeedReport {
  const hb = rules.heartbeatSeconds;
  const grace = hb === null ? null : (options.graceSeconds ?? graceSecondsOf(hb));
  const jump = rules.deviation === null ? null : rules.deviation * (options.jumpFactor ?? 2);
  const violations: FeedViolation[] = [];
  const add = (v: FeedViolation) => violations.push(v);
  const valid: FeedRound[] = [];
  for (const r of rounds) {
    if (r.updatedAt === 0) add({ kind: 'no-data', roundId: r.roundId, at: 0, gapSeconds: null, move: null });
    else valid.push(r);
  }
  valid.sort((a, b) => (a.roundId < b.roundId ? -1 : a.roundId > b.roundId ? 1 : 0));
  let maxGap = 0;
  let late = 0;
  valid.forEach((r, i) => {
    if (r.answer <= 0n)
      add({ kind: 'non-positive', roundId: r.roundId, at: r.updatedAt, gapSeconds: null, move: null });
    if (r.answeredInRound < r.roundId)
      add({ kind: 'carried-over', roundId: r.roundId, at: r.updatedAt, gapSeconds: null, move: null });
    const prev = valid[i - 1];
    if (!prev) return;
    const gap = r.updatedAt - prev.updatedAt;
    if (gap < 0) add({ kind: 'backdated', roundId: r.roundId, at: r.updatedAt, gapSeconds: gap, move: null });
    maxGap = Math.max(maxGap, gap);
    if (hb !== null && grace !== null && gap > hb) {
      if (gap > hb + grace)
        add({ kind: 'heartbeat', roundId: r.roundId, at: r.updatedAt, gapSeconds: gap, move: null });
      else late++;
    }
    if (jump !== null && prev.answer > 0n) {
      const move = Math.abs(Number(r.answer) / Number(prev.answer) - 1);
      if (move > jump) add({ kind: 'deviation', roundId: r.roundId, at: r.updatedAt, gapSeconds: gap, move });
    }
  });
  const last = valid[valid.length - 1];
  if (
    options.now !== undefined &&
    hb !== null &&
    grace !== null &&
    last &&
    options.now - last.updatedAt > hb + grace
  )
    add({
      kind: 'stale',
      roundId: last.roundId,
      at: options.now,
      gapSeconds: options.now - last.updatedAt,
      move: null,
    });
  const counts: Record<FeedViolationKind, number> = {
    'no-data': 0,
    'non-positive': 0,
    'carried-over': 0,
    backdated: 0,
    heartbeat: 0,
    deviation: 0,
    stale: 0,
  };
  for (const v of violations) counts[v.kind]++;
  return {
    rounds: rounds.length,
    firstUpdate: valid[0]?.updatedAt ?? null,
    lastUpdate: last?.updatedAt ?? null,
    maxGapSeconds: maxGap,
    lateUpdates: late,
    graceSeconds: grace,
    violations,
    counts,
  };
}
