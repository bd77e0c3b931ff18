import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pool } from './_testPool.ts';
import type { CliffResponse } from './measureCliff.ts';
import { projectCliff } from './projectCliff.ts';

const response = (median: number, p25: number, p75: number): CliffResponse => ({
  kind: 'sustained',
  episodes: 10,
  horizons: [
    {
      horizon: 30,
      episodes: 10,
      leftOut: { noOutcome: 0, fewControls: 0 },
      difference: null,
      treatedChange: null,
      controlChange: null,
      perIncentiveShare: { n: 10, median, p25, p75, p10: p25, p90: p75 },
    },
    {
      horizon: 90,
      episodes: 0,
      leftOut: { noOutcome: 10, fewControls: 0 },
      difference: null,
      treatedChange: null,
      controlChange: null,
      perIncentiveShare: null,
    },
  ],
});

describe(projectCliff.name, () => {
  it('moves each pool by its incentive share times the response, and leaves reward-free pools alone', () => {
    // $1M paid 75% by rewards, response −0.4 (−0.6 … −0.2): 1M × (1 − 0.3) = $700k (550k … 850k); $3M with no reward stays.
    const [h30, h90] = projectCliff(
      [pool({ tvlUsd: 1e6, apyBase: 1, apyReward: 3 }), pool({ tvlUsd: 3e6, apy: 2, apyBase: 2 })],
      response(-0.4, -0.6, -0.2),
    );
    assert.deepEqual(h30?.projectedTvlUsd, { median: 3.7e6, low: 3.55e6, high: 3.85e6 });
    assert.equal(h30?.rewardedTvlUsd, 1e6);
    assert.ok(Math.abs((h30?.change?.median ?? 0) - -0.075) < 1e-12);
    assert.equal(h90?.projectedTvlUsd, null);
    assert.equal(h90?.knownTvlUsd, 4e6);
  });

  it('never projects below zero, and reports pools with an unknown split apart', () => {
    const [h30] = projectCliff(
      [pool({ tvlUsd: 1e6, apyBase: 0, apyReward: 5 }), pool({ tvlUsd: 2e6, apy: 9 })],
      response(-1.5, -2, -1),
    );
    assert.deepEqual(h30?.projectedTvlUsd, { median: 0, low: 0, high: 0 });
    assert.equal(h30?.unknownTvlUsd, 2e6);
    assert.equal(h30?.knownTvlUsd, 1e6);
  });
});
