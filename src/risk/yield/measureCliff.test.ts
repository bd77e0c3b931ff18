import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../../core/day.ts';
import type { ChainId } from '../../model/chain.ts';
import type { CliffEpisode } from '../../model/cliffRule.ts';
import { MIN_CONTROL_POOLS, measureCliff } from './measureCliff.ts';

const episode = (over: Partial<CliffEpisode>): CliffEpisode => ({
  pool: 'p',
  project: 'aerodrome-slipstream',
  chain: 'base' as ChainId,
  day: '2025-07-20' as Day,
  rewardApy: 30,
  totalApy: 40,
  tvlUsd: 1e6,
  sustained: true,
  change30: null,
  change90: null,
  control30: null,
  control90: null,
  ...over,
});
const ctrl = (medianChange: number, pools = 20) => ({ pools, medianChange });

describe(measureCliff.name, () => {
  // Three sustained falls and one that recovered, each against its day's controls (hand vector):
  // differences at 30 days −0.30, −0.10, +0.05 (sustained) and +0.20 (transient).
  const episodes = [
    episode({ pool: 'a', change30: -0.4, control30: ctrl(-0.1), change90: -0.5, control90: ctrl(0) }),
    episode({ pool: 'b', change30: -0.05, control30: ctrl(0.05), rewardApy: 10, totalApy: 40 }),
    episode({ pool: 'c', change30: 0.1, control30: ctrl(0.05), rewardApy: 40, totalApy: 40 }),
    episode({ pool: 'd', change30: 0.2, control30: ctrl(0), sustained: false }),
  ];

  it('measures each episode against the median of its day’s controls', () => {
    const all = measureCliff(episodes, 'all');
    const h30 = all.horizons[0];
    assert.equal(all.episodes, 4);
    assert.equal(h30?.episodes, 4);
    assert.ok(Math.abs((h30?.difference?.median ?? 0) - -0.025) < 1e-12);
    const sustained = measureCliff(episodes, 'sustained').horizons[0];
    assert.equal(sustained?.episodes, 3);
    assert.ok(Math.abs((sustained?.difference?.median ?? 0) - -0.1) < 1e-12);
    assert.ok(Math.abs((sustained?.difference?.p25 ?? 0) - -0.2) < 1e-12);
    assert.ok(Math.abs((sustained?.treatedChange?.median ?? 0) - -0.05) < 1e-12);
    assert.ok(Math.abs((sustained?.controlChange?.median ?? 0) - 0.05) < 1e-12);
  });

  it('scales each difference by the incentive share, leaving out episodes paid less than a quarter by rewards', () => {
    const h30 = measureCliff(episodes, 'sustained').horizons[0];
    // a: −0.30 / 0.75 = −0.40; b (share 0.25): −0.10 / 0.25 = −0.40; c: +0.05 / 1 = +0.05
    assert.equal(h30?.perIncentiveShare?.n, 3);
    assert.ok(Math.abs((h30?.perIncentiveShare?.median ?? 0) - -0.4) < 1e-12);
  });

  it('leaves out episodes with no outcome yet, or too few controls that day', () => {
    const h = measureCliff(
      [...episodes, episode({ change30: -0.9, control30: ctrl(0, MIN_CONTROL_POOLS - 1) })],
      'all',
    ).horizons;
    assert.deepEqual(h[0]?.leftOut, { noOutcome: 0, fewControls: 1 });
    assert.deepEqual(h[1]?.leftOut, { noOutcome: 4, fewControls: 0 });
    assert.equal(h[1]?.episodes, 1);
  });

  it('has no response without episodes', () => {
    const r = measureCliff([], 'all');
    assert.equal(r.episodes, 0);
    assert.equal(r.horizons[0]?.difference, null);
  });
});
