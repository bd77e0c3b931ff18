import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRestakingNetwork } from '../../sources/files/readRestakingNetwork.ts';
import { eigenLayerGraphs } from './eigenlayerGraph.ts';
import { slashOperator, wadsToSlash } from './slashing.ts';

const ELIP = join(import.meta.dirname, '../../../examples/restaking/elip-002.json');

const load = () => {
  const input = readRestakingNetwork(ELIP);
  assert.equal(input.format, 'eigenlayer');
  return input.format === 'eigenlayer' ? input.network : assert.fail('not EigenLayer');
};

test('ELIP-002 vector: slashable 40/50/40 with 70 free; AVS1 slashes 50% → 20/50/40/70 of 180, max 9000', () => {
  const el = load();
  const r = slashOperator(el, el.operators[0] as (typeof el.operators)[number], 'AVS1:0', 0.5);
  const s = r.strategies[0];
  assert.ok(s);
  assert.deepEqual(
    s.sets.map((x) => [x.set, x.magnitude.before, x.magnitude.after, x.slashable.before, x.slashable.after]),
    [
      ['AVS1:0', '2000', '1000', 40, 20],
      ['AVS2:0', '2500', '2500', 50, 50],
      ['EigenDA:0', '2000', '2000', 40, 40],
    ],
  );
  assert.equal(r.wadsToSlash, '500000000000000000');
  assert.deepEqual(s.maxMagnitude, { before: '10000', after: '9000' });
  assert.deepEqual(s.delegated, { before: 200, after: 180 });
  assert.equal(s.slashed, 20);
  assert.deepEqual([s.free.amountBefore, s.free.amountAfter], [70, 70]);
});

// Layr-Labs/eigenlayer-contracts v1.9.0 (80b74fa3b9908190fa6d8396778d1896a4bfb4dc):
// src/contracts/core/AllocationManager.sol `_slashOperator` L410-499 (L428 InvalidWadToSlash, L449-455 the
// slashed magnitude) and src/contracts/libraries/SlashingLib.sol `mulWadRoundUp` L61-66 (OpenZeppelin
// Math.mulDiv rounding up).
const withAllocation = (avs1: number, max: number) => {
  const el = load();
  const op = el.operators[0] as (typeof el.operators)[number];
  return {
    el,
    op: {
      ...op,
      maxMagnitude: { EIGEN: max },
      allocations: op.allocations.map((a) => (a.avs === 'AVS1' ? { ...a, magnitude: avs1 } : a)),
    },
  };
};

test('a slash must be in (0, 1e18] wads: 0, a negative, a dust fraction under 1 wad and more than 1 are InvalidWadToSlash', () => {
  const el = load();
  const op = el.operators[0] as (typeof el.operators)[number];
  for (const w of [0, -0.1, 1e-19, 1.5, Number.NaN])
    assert.throws(() => slashOperator(el, op, 'AVS1:0', w), /InvalidWadToSlash/, String(w));
  assert.equal(wadsToSlash(0.1), 10n ** 17n);
  assert.equal(wadsToSlash(1e-18), 1n);
  const all = slashOperator(el, op, 'AVS1:0', 1).strategies[0];
  assert.deepEqual([all?.sets[0]?.magnitude.after, all?.maxMagnitude.after], ['0', '8000']);
});

test('the slashed magnitude rounds up (mulWadRoundUp) and comes off the allocation and the max magnitude alike', () => {
  // ⌈2001 · 0.5⌉ = 1001, where rounding down would take 1000.
  const odd = withAllocation(2001, 10000);
  const s = slashOperator(odd.el, odd.op, 'AVS1:0', 0.5).strategies[0];
  assert.deepEqual(
    [s?.sets[0]?.magnitude.after, s?.maxMagnitude.after, s?.free.after],
    ['1000', '8999', '3499'],
  );
  // On the WAD scale one wad of slash still takes one unit: ⌈2e17 · 1 / 1e18⌉ = 1, exactly in bigint.
  const wad = withAllocation(2e17, 1e18);
  const t = slashOperator(wad.el, wad.op, 'AVS1:0', 1e-18).strategies[0];
  assert.deepEqual(t?.sets[0]?.magnitude, { before: '200000000000000000', after: '199999999999999999' });
  assert.equal(t?.maxMagnitude.after, '999999999999999999');
  assert.throws(
    () => slashOperator(withAllocation(2000.5, 10000).el, withAllocation(2000.5, 10000).op, 'AVS1:0', 0.5),
    /whole number in uint64/,
  );
});

test('conversion: unique slashable stake per operator set, and the whole delegation on paper', () => {
  const graphs = eigenLayerGraphs(load());
  assert.deepEqual(
    graphs.slashable.validators.map((v) => [v.id, v.stake]),
    [
      ['operator@AVS1:0', 40],
      ['operator@AVS2:0', 50],
      ['operator@EigenDA:0', 40],
    ],
  );
  assert.deepEqual(graphs.restaked.validators, [{ id: 'operator', stake: 200, restaked: 200 }]);
  assert.deepEqual(
    graphs.restaked.services.map((s) => s.validators),
    [['operator'], ['operator'], ['operator']],
  );
  assert.match(graphs.lines[0] ?? '', /200 EIGEN shares × 1 EIGEN × 2,000\/10,000 = 40/);
});
