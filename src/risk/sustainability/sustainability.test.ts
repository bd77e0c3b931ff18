import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Day } from '../../core/day.ts';
import { evaluateWarnings, type Outcome } from './backtest.ts';
import { chainSignals } from './chainSignals.ts';
import { earningsRatios } from './earnings.ts';
import { DEFAULT_WEIGHTS, PROTOCOL_FACTORS, WEIGHT_SETS, type Weights } from './factors.ts';
import { protocolSignals } from './protocolSignals.ts';
import { type ProtocolSignals, scoreSignals } from './scoreSignals.ts';

const d = (s: string) => s as Day;
const calm: ProtocolSignals = {
  drawdownUsd: 0.05,
  drawdownNative: 0.05,
  trend30: 0.02,
  trend90: 0.05,
  trend180: 0.1,
  decliningChains: 0,
  chainConcentration: 0.4,
  staleness: 1,
  qualityFlags: 0,
  weakL2Exposure: 0,
  netFlows90: null,
  assetConcentration: null,
  lendingStress: null,
  incidents: null,
  stuckLiquidity: null,
  earnings30: null,
  incentiveDependence: null,
  oracleStaleness: null,
};

describe('earningsRatios (MODELS §8 vector)', () => {
  it('FDV $1B, fees $5M, revenue $1M, incentives $2M → P/F 16.438, P/S 82.192, earnings −$1M', () => {
    const r = earningsRatios({ fdvUsd: 1e9, fees30dUsd: 5e6, revenue30dUsd: 1e6, incentives30dUsd: 2e6 });
    assert.equal(r.priceToFees.toFixed(3), '16.438');
    assert.equal(r.priceToSales.toFixed(3), '82.192');
    assert.equal(r.earningsUsd, -1e6);
  });
});

describe('scoreSignals', () => {
  it('adds up: 100 minus every factor contribution, each weight × risk over the known weights', () => {
    const s = scoreSignals(
      'p',
      '2025-01-01',
      PROTOCOL_FACTORS,
      { ...calm, drawdownUsd: 0.8, trend30: -0.5 },
      WEIGHT_SETS.balanced as Weights,
    );
    const lost = s.factors.reduce((a, f) => a + (f.contribution ?? 0), 0);
    assert.ok(Math.abs(s.score - (100 - lost)) < 1e-9);
    const dd = s.factors.find((f) => f.id === 'drawdownUsd');
    assert.ok(dd && Math.abs((dd.contribution ?? 0) - (100 * 0.8) / 10) < 1e-9);
    assert.match(s.drivers, /80% below its peak in USD/);
    assert.match(s.drivers, /fell 50% in 30 days/);
  });

  it('leaves unknown signals out and says so, instead of counting them as safe', () => {
    const s = scoreSignals(
      'p',
      '2025-01-01',
      PROTOCOL_FACTORS,
      { ...calm, drawdownUsd: 0.9, decliningChains: null, weakL2Exposure: null },
      DEFAULT_WEIGHTS,
    );
    assert.deepEqual(s.unknown, [
      'decliningChains',
      'weakL2Exposure',
      'netFlows90',
      'assetConcentration',
      'lendingStress',
      'incidents',
      'earnings30',
      'stuckLiquidity',
      'incentiveDependence',
      'oracleStaleness',
    ]);
    const known = scoreSignals(
      'p',
      '2025-01-01',
      PROTOCOL_FACTORS,
      { ...calm, drawdownUsd: 0.9 },
      DEFAULT_WEIGHTS,
    );
    assert.ok(s.score < known.score, 'the same fall weighs more when fewer factors are known');
  });

  it('counts a yield paid by incentives as a risk from 20% (none) to 80% (all), and says it', () => {
    const risk = (share: number) =>
      scoreSignals(
        'p',
        'd',
        PROTOCOL_FACTORS,
        { ...calm, incentiveDependence: share },
        DEFAULT_WEIGHTS,
      ).factors.find((f) => f.id === 'incentiveDependence')?.risk;
    assert.deepEqual([0.1, 0.2, 0.5, 0.8, 1].map(risk), [0, 0, 0.5, 1, 1]);
    const s = scoreSignals(
      'p',
      '2025-10-01',
      PROTOCOL_FACTORS,
      { ...calm, incentiveDependence: 0.95 },
      DEFAULT_WEIGHTS,
    );
    assert.match(s.drivers, /95% of its yield is paid by incentives/);
  });

  it('counts stale-oracle findings as a risk of a third each, the worst at three, and names the feed, day and lateness', () => {
    const risk = (n: number | null) =>
      scoreSignals('p', 'd', PROTOCOL_FACTORS, { ...calm, oracleStaleness: n }, DEFAULT_WEIGHTS).factors.find(
        (f) => f.id === 'oracleStaleness',
      )?.risk;
    assert.deepEqual([0, 1, 2, 3, 7, null].map(risk), [0, 1 / 3, 2 / 3, 1, 1, null]);
    const detail =
      '2 stale findings in 90 days; longest: ETH / USD (0x5f4e…) 7,320 s without an update = 2.03× its 3,600 s heartbeat, on 2023-05-03';
    const s = scoreSignals(
      'p',
      '2023-06-01',
      PROTOCOL_FACTORS,
      { ...calm, oracleStaleness: 2 },
      DEFAULT_WEIGHTS,
      { oracleStaleness: detail },
    );
    const f = s.factors.find((x) => x.id === 'oracleStaleness');
    assert.equal(f?.detail, detail);
    assert.equal(s.factors.find((x) => x.id === 'drawdownUsd')?.detail, null);
    assert.match(
      s.drivers,
      /its oracle feeds show 2 stale findings in 90 days; longest: ETH \/ USD .*2\.03× its 3,600 s heartbeat, on 2023-05-03/,
    );
  });

  it('stays in [0, 100] and never rises when a signal gets worse', () => {
    const fraction = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fraction, fraction, fc.double({ min: -1, max: 1, noNaN: true }), (a, b, t) => {
        const base = { ...calm, drawdownUsd: Math.min(a, b), trend90: t };
        const worse = { ...base, drawdownUsd: Math.max(a, b) };
        const s1 = scoreSignals('p', 'd', PROTOCOL_FACTORS, base, DEFAULT_WEIGHTS).score;
        const s2 = scoreSignals('p', 'd', PROTOCOL_FACTORS, worse, DEFAULT_WEIGHTS).score;
        return s1 >= 0 && s1 <= 100 && s2 <= s1 + 1e-9;
      }),
    );
  });
});

describe('protocolSignals', () => {
  const series = Array.from({ length: 200 }, (_, i) => ({
    day: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10) as Day,
    usd: i < 100 ? 100 + i : 200 - 1.5 * (i - 100),
  }));
  const input = {
    asOf: series.at(-1)?.day as Day,
    series,
    ethClose: new Map(series.map((p) => [p.day, 2])),
    chains: [
      { chain: 'base', usd: 30 },
      { chain: 'linea', usd: 70 },
    ],
    chainChange90: new Map([
      ['base', 0.1],
      ['linea', -0.4],
    ]),
    flagDays: [d('2023-01-01'), series[150]?.day as Day],
    weakChains: new Set(['linea']),
    flows: { inflowsUsd: -30, startUsd: 120 },
    tokens: [
      { token: 'WETH', usd: 90 },
      { token: 'USDC', usd: 10 },
    ],
    lendingStress: { day: d('2025-01-01'), badDebtShare: 0.04 },
    incidentDays: [d('2024-03-01'), d('2022-01-01')],
    borrowedUsd: 154.5,
    fees30: { feesUsd: 5e6, revenueUsd: 1e6, incentivesUsd: 2e6 },
    incentiveShares: [
      { day: d('2024-03-01'), share: 0.9 },
      { day: d('2024-06-01'), share: 0.55 },
    ],
    oracleDays: [
      { feed: '0xf', pair: 'ETH / USD', source: 'r', day: d('2024-04-19'), stale: 2, worst: null },
      { feed: '0xf', pair: 'ETH / USD', source: 'r', day: d('2024-04-20'), stale: 1, worst: null },
      { feed: '0xf', pair: 'ETH / USD', source: 'r', day: d('2024-07-10'), stale: 0, worst: null },
      { feed: '0xf', pair: 'ETH / USD', source: 'r', day: d('2024-07-19'), stale: 4, worst: null },
    ],
  };
  it('measures the fall from peak, the changes, the chain mix, staleness and recent flags', () => {
    const s = protocolSignals(input);
    assert.ok(Math.abs((s.drawdownUsd as number) - (1 - 51.5 / 200)) < 1e-9);
    assert.equal(s.drawdownNative?.toFixed(9), s.drawdownUsd?.toFixed(9));
    assert.ok(Math.abs((s.trend30 as number) - (51.5 / 96.5 - 1)) < 1e-9);
    assert.ok(Math.abs((s.trend180 as number) - (51.5 / 119 - 1)) < 1e-9);
    assert.equal(
      protocolSignals({ ...input, series: series.slice(100) }).trend180,
      null,
      'no data 180 days back',
    );
    assert.equal(s.decliningChains, 0.7);
    assert.equal(s.chainConcentration, 0.7);
    assert.equal(s.weakL2Exposure, 0.7);
    assert.equal(s.staleness, 0);
    assert.equal(s.qualityFlags, 1);
    assert.equal(s.netFlows90, -0.25);
    assert.equal(s.assetConcentration, 0.9);
    assert.equal(s.lendingStress, null, 'the book is dated after the day scored: not seen');
    assert.equal(protocolSignals({ ...input, asOf: d('2025-02-01') }).lendingStress, 0.04);
    assert.equal(s.incidents, 1, 'only incidents within the year before');
    assert.equal(s.stuckLiquidity, 0.75, 'borrowed 154.5 of 206 supplied');
    assert.equal(s.earnings30, -0.2, 'MODELS §8 vector: earnings −$1M on $5M of fees');
    assert.equal(protocolSignals({ ...input, incidentDays: [] }).incidents, null, 'not in the list: unknown');
    assert.equal(s.incentiveDependence, 0.55, 'the newest share within 90 days');
    assert.equal(
      protocolSignals({ ...input, asOf: d('2024-09-15') }).incentiveDependence,
      null,
      'a share over 90 days old no longer counts: unknown, not safe',
    );
    assert.equal(protocolSignals({ ...input, incentiveShares: [] }).incentiveDependence, null);
    assert.equal(
      s.oracleStaleness,
      1,
      'the 90 days to 2024-07-18 start after 2024-04-19; a finding of 2024-07-19 is not known yet',
    );
    assert.equal(
      protocolSignals({ ...input, oracleDays: [] }).oracleStaleness,
      null,
      'no oracle observed: unknown, not on time',
    );
  });
});

describe('chainSignals', () => {
  it('counts the protocols that kept under 10% of what they held 6 months before', () => {
    const s = chainSignals({
      asOf: d('2025-03-01'),
      series: [
        { day: d('2024-08-01'), usd: 100 },
        { day: d('2024-09-01'), usd: 200 },
        { day: d('2025-03-01'), usd: 50 },
      ],
      protocols: [
        { before: 1e6, now: 5e4 },
        { before: 1e6, now: 9e5 },
        { before: 5e4, now: 0 },
      ],
    });
    assert.equal(s.drawdownUsd, 0.75);
    assert.equal(s.trend180, -0.75, 'against the last point 180 days back (2024-09-01)');
    assert.equal(s.protocolsLeaving, 0.5);
  });
});

describe('evaluateWarnings', () => {
  const seen = (
    day: string,
    through: string,
  ): Pick<Outcome, 'visibleDay' | 'visibleFrom' | 'observedThrough'> => ({
    visibleDay: d(day),
    visibleFrom: 'history',
    observedThrough: d(through),
  });
  const outcomes = new Map<string, Outcome>([
    ['a', { id: 'a', name: 'A', collapsed: true, ...seen('2024-06-15', '2024-06-14') }],
    ['b', { id: 'b', name: 'B', collapsed: true, ...seen('2024-03-10', '2024-03-09') }],
    [
      'c',
      { id: 'c', name: 'C', collapsed: false, visibleDay: null, visibleFrom: null, observedThrough: null },
    ],
    ['e', { id: 'e', name: 'E', collapsed: true, ...seen('2023-01-01', '2022-12-31') }],
  ]);
  const points = [
    { id: 'a', day: d('2024-01-01'), score: 70 },
    { id: 'a', day: d('2024-02-01'), score: 40 },
    { id: 'b', day: d('2024-04-01'), score: 10 },
    { id: 'c', day: d('2024-02-01'), score: 30 },
    { id: 'e', day: d('2024-02-01'), score: 5 },
  ];
  it('counts a warning before visibility as caught, one after as missed, one on a survivor as a false alarm', () => {
    const r = evaluateWarnings(points, outcomes, 50, d('2024-01-01'), d('2024-12-31'));
    assert.deepEqual(
      r.caught.map((c) => [c.id, c.firstWarning, c.leadDays]),
      [['a', '2024-02-01', 135]],
    );
    assert.deepEqual(
      r.missed.map((m) => m.id),
      ['b'],
    );
    assert.deepEqual(
      r.falseAlarms.map((f) => f.id),
      ['c'],
    );
    assert.equal(r.protocols, 3, 'a collapse already visible before the period is left out');
    assert.equal(r.precision, 0.5);
    assert.equal(r.recall, 0.5);
    assert.equal(r.medianLeadDays, 135);
  });
  it('measures lead only over observed days: a collapse first seen in a snapshot 9 months after the history ends gets a lower bound to that end', () => {
    // ZeroLend's shape: warned 2025-03-01, daily history ends 2025-03-02, collapse seen in the 2025-12-19
    // snapshot: it happened on 2025-03-03 at the earliest, so the warning led by at least 2 days (not 293).
    const z = new Map<string, Outcome>([
      [
        'z',
        {
          id: 'z',
          name: 'Z',
          collapsed: true,
          visibleDay: d('2025-12-19'),
          visibleFrom: 'snapshot',
          observedThrough: d('2025-03-02'),
        },
      ],
    ]);
    const r = evaluateWarnings(
      [{ id: 'z', day: d('2025-03-01'), score: 20 }],
      z,
      50,
      d('2024-01-01'),
      d('2025-03-02'),
    );
    assert.deepEqual(r.caught, [
      {
        id: 'z',
        name: 'Z',
        firstWarning: '2025-03-01',
        visibleDay: '2025-12-19',
        visibleFrom: 'snapshot',
        leadDays: 2,
        leadAtLeast: true,
      },
    ]);
  });
});
