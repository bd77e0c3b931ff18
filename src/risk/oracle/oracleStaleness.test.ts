import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../../core/day.ts';
import { riskOf } from '../sustainability/riskOf.ts';
import { type FeedRound, feedViolations } from './feedViolations.ts';
import { feedDaysByProtocol, type ObservedFeedDay } from './oracleExposure.ts';
import { feedFindings, findingMessage, type OracleFinding, readFinding } from './oracleFindings.ts';
import { type FeedDay, oracleStaleness } from './oracleStaleness.ts';

// The rule, from Chainlink's own code and documentation:
// - `updatedAt` of a round is "the timestamp when the round last was updated (i.e. answer was last
//   computed)" (smartcontractkit/chainlink @ 130c884c, contracts/src/v0.6/AggregatorProxy.sol,
//   getRoundData / latestRoundData); the OCR aggregator returns the timestamp of the block the report
//   was transmitted in (smartcontractkit/libocr @ 0a5e2f90, contract/OffchainAggregator.sol,
//   getRoundData / latestRoundData: `transmission.timestamp`).
// - "the aggregator updates its latestAnswer when the value deviates beyond a specified threshold or when
//   the heartbeat idle time has passed … If your application detects that the reported answer is not
//   updated within the heartbeat … pause operation" and "When the node detects that the heartbeat is
//   reached, it initiates the latest round … there may be a slight delay" (smartcontractkit/documentation
//   @ 167eaa35, src/content/data-feeds/index.mdx, "Check the timestamp of the latest answer"; PR #2095
//   first put that delay at about 40 s).
// So a gap between two `updatedAt` longer than heartbeat + the latency grace is a stale feed, and a move
// of more than the deviation threshold between two updates means the feed let the price drift past it.

const ETH_USD = { pair: 'ETH / USD', heartbeatSeconds: 3600, deviation: 0.005 };
const FEED = '0x5f4ec3df9cbd43714fe2740f5e3616155c5b8419';
const T0 = 1_683_072_000; // 2023-05-03T00:00:00Z
const round = (id: number, updatedAt: number, answer = 1900_00000000): FeedRound => ({
  roundId: BigInt(id),
  answer: BigInt(answer),
  updatedAt,
  answeredInRound: BigInt(id),
});
const d = (s: string) => s as Day;
const day = (
  at: string,
  stale: number,
  worst: FeedDay['worst'] = null,
  source = 'oracles/chainlink-rounds',
) => ({
  feed: FEED,
  pair: 'ETH / USD',
  source,
  day: d(at),
  stale,
  worst,
});

describe(feedFindings.name, () => {
  it('dates a gap past heartbeat + 120 s grace as a stale-oracle finding on the late round; 3,720 s is still on time', () => {
    const rounds = [
      round(1, T0),
      round(2, T0 + 3720),
      round(3, T0 + 3720 + 3721),
      round(4, T0 + 3720 + 3721 + 60),
    ];
    const report = feedViolations(rounds, ETH_USD);
    assert.equal(report.lateUpdates, 1, '3,720 s: 120 s past the heartbeat, within the latency grace');
    const found = feedFindings(FEED, ETH_USD, report);
    assert.deepEqual(
      found.map((f) => [
        f.kind,
        f.roundId,
        f.day,
        f.gapSeconds,
        f.heartbeatSeconds,
        f.graceSeconds,
        f.seenAt,
      ]),
      [['stale-oracle', '3', '2023-05-03', 3721, 3600, 120, 'update']],
    );
    assert.equal(
      findingMessage(found[0] as OracleFinding),
      'ETH / USD went 3,721 s without an update (1.03× its 3,600 s heartbeat; grace 120 s), until round 3 on 2023-05-03',
    );
  });

  it('dates a jump past twice the 0.5% deviation threshold as oracle-deviation, with the move and its multiple', () => {
    const rounds = [round(1, T0, 1900_00000000), round(2, T0 + 600, 1920_90000000)];
    const [f] = feedFindings(FEED, ETH_USD, feedViolations(rounds, ETH_USD));
    assert.equal(f?.kind, 'oracle-deviation');
    assert.ok(Math.abs((f?.move ?? 0) - 0.011) < 1e-12);
    assert.equal(
      findingMessage(f as OracleFinding),
      'ETH / USD moved 1.10% in one update (2.2× its 0.5% deviation threshold), at round 2 on 2023-05-03, 600 s after the previous update',
    );
  });
});

describe(readFinding.name, () => {
  const read = (age: number, heartbeatSeconds: number | null = 3600) =>
    readFinding({
      feed: FEED,
      pair: 'ETH / USD',
      roundId: '9',
      updatedAt: T0,
      readAt: T0 + age,
      heartbeatSeconds,
    });
  it('judges a market read by the same rule: 3,720 s old is on time, 3,721 s is stale, no heartbeat no verdict', () => {
    assert.equal(read(3720), null);
    assert.equal(read(3721)?.seenAt, 'read');
    assert.equal(read(7200)?.day, '2023-05-03');
    assert.equal(read(99_999, null), null);
    assert.equal(
      findingMessage(read(7320) as OracleFinding),
      'ETH / USD was 7,320 s old when read on 2023-05-03 (2.03× its 3,600 s heartbeat; grace 120 s), latest round 9',
    );
  });
});

describe(oracleStaleness.name, () => {
  const asOf = d('2023-06-01');
  it('on time: feeds observed in the 90 days with no finding are 0 (known), and say which feeds and source', () => {
    const s = oracleStaleness(asOf, [day('2023-05-20', 0), day('2023-05-21', 0)]);
    assert.equal(s.findings, 0);
    assert.equal(riskOf('oracleStaleness', s.findings), 0);
    assert.equal(
      s.detail,
      'on time: ETH / USD observed in the 90 days to 2023-06-01 (oracles/chainlink-rounds), none past heartbeat + grace',
    );
  });

  it('one violation: 1 finding, a third of the worst, naming the feed, day, seconds and × heartbeat', () => {
    const worst = { gapSeconds: 7320, heartbeatSeconds: 3600, roundId: '110680464442257312345' };
    const s = oracleStaleness(asOf, [day('2023-05-03', 1, worst), day('2023-05-04', 0)]);
    assert.equal(s.findings, 1);
    assert.equal(riskOf('oracleStaleness', s.findings), 1 / 3);
    assert.equal(
      s.detail,
      `1 stale finding in 90 days; longest: ETH / USD (${FEED}) 7,320 s without an update = 2.03× its 3,600 s heartbeat, on 2023-05-03 (round 110680464442257312345), source oracles/chainlink-rounds`,
    );
  });

  it('many: findings add up over days and feeds (the worst at three), the longest gap named', () => {
    const s = oracleStaleness(asOf, [
      day('2023-03-10', 2, { gapSeconds: 4000, heartbeatSeconds: 3600, roundId: '1' }),
      day('2023-04-01', 1, { gapSeconds: 90_000, heartbeatSeconds: 3600, roundId: '2' }),
      {
        ...day('2023-05-01', 2, { gapSeconds: 5000, heartbeatSeconds: 86_400, roundId: '3' }),
        feed: '0xother',
        pair: 'stETH / ETH',
      },
    ]);
    assert.equal(s.findings, 5);
    assert.equal(riskOf('oracleStaleness', s.findings), 1);
    assert.match(
      s.detail ?? '',
      /^5 stale findings in 90 days; longest: ETH \/ USD .* 90,000 s without an update = 25\.00× its 3,600 s heartbeat, on 2023-04-01/,
    );
  });

  it('counts a feed seen by two sources on one day once (the larger count), not twice', () => {
    const s = oracleStaleness(asOf, [day('2023-05-03', 1), day('2023-05-03', 1, null, 'chain/aave-v3')]);
    assert.equal(s.findings, 1);
  });

  it('unknown: no feed observed in the window, or only before it or after the day (never read ahead)', () => {
    assert.deepEqual(oracleStaleness(asOf, []), { findings: null, detail: null });
    assert.equal(
      oracleStaleness(asOf, [day('2023-03-03', 4)]).findings,
      null,
      '90 days back: out of the window',
    );
    assert.equal(oracleStaleness(asOf, [day('2023-03-04', 4)]).findings, 4, '89 days back: in');
    assert.equal(
      oracleStaleness(asOf, [day('2023-06-02', 4)]).findings,
      null,
      'the day after: not known yet',
    );
    assert.equal(riskOf('oracleStaleness', null), null);
  });
});

describe(feedDaysByProtocol.name, () => {
  const observed = (origin: 'rounds' | 'market', market: string | null, feed: string): ObservedFeedDay => ({
    ...day('2023-05-03', 0),
    feed,
    origin,
    market,
  });
  it("gives a history's feeds to the protocols naming its network, a market's feeds to its protocol, and a history's feed to a market reading it", () => {
    const out = feedDaysByProtocol(
      [observed('rounds', null, FEED), observed('rounds', null, '0xbtc'), observed('market', 'm', FEED)],
      { roundsUsers: new Set(['aave-v3']), marketProtocols: new Map([['m', ['zerolend']]]) },
    );
    assert.deepEqual(
      out.get('aave-v3')?.map((x) => x.feed),
      [FEED, '0xbtc'],
    );
    assert.deepEqual(
      out.get('zerolend')?.map((x) => x.feed),
      [FEED, FEED],
      'its market read of the feed, and the feed in the history',
    );
    assert.equal(out.get('unmapped'), undefined, 'no mapping: no days, so the signal stays unknown');
  });
});
