import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hhi, liquidityMismatch, nakamoto, networkStake } from './stakeMetrics.ts';

test('HHI and Nakamoto on known splits', () => {
  assert.equal(hhi([50, 50]), 5000);
  assert.equal(hhi([100]), 10000);
  assert.equal(hhi([0, 0]), 0);
  assert.equal(nakamoto([40, 30, 20, 10], 0.5), 2);
  assert.equal(nakamoto([40, 30, 20, 10], 1 / 3), 1);
  assert.equal(nakamoto([25, 25, 25, 25], 2 / 3), 3);
});

test('restaked vs slashable, leverage and overlap on a two-service network', () => {
  const s = networkStake({
    name: null,
    unit: 'ETH',
    validators: [
      { id: 'a', stake: 10, restaked: 100 },
      { id: 'b', stake: 0, restaked: 50 },
    ],
    services: [
      { id: 'x', alpha: 0.5, profit: 1, validators: ['a', 'b'] },
      { id: 'y', alpha: 0.5, profit: 1, validators: ['a'] },
    ],
  });
  assert.deepEqual(
    s.services.map((r) => [r.service, r.restaked, r.slashable, r.nakamoto]),
    [
      ['x', 150, 10, 1],
      ['y', 100, 10, 1],
    ],
  );
  assert.equal(s.leverage, 250 / 150);
  assert.deepEqual(s.overlaps, [{ a: 'x', b: 'y', share: 1 }]);
  assert.deepEqual(s.validatorLeverage, [
    { validator: 'a', services: 2 },
    { validator: 'b', services: 1 },
  ]);
});

test('liquidity mismatch: all but the instant liquidity waits the withdrawal delay', () => {
  assert.deepEqual(liquidityMismatch([{ id: 't', value: 100, instantLiquidity: 5 }], 14), [
    { token: 't', value: 100, instantLiquidity: 5, stuck: 95, stuckShare: 0.95, delayDays: 14 },
  ]);
});
