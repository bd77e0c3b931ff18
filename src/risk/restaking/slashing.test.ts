import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRestakingNetwork } from '../../sources/files/readRestakingNetwork.ts';
import { eigenLayerGraphs } from './eigenlayerGraph.ts';
import { slashOperator } from './slashing.ts';

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
      ['AVS1:0', 2000, 1000, 40, 20],
      ['AVS2:0', 2500, 2500, 50, 50],
      ['EigenDA:0', 2000, 2000, 40, 40],
    ],
  );
  assert.deepEqual(s.maxMagnitude, { before: 10000, after: 9000 });
  assert.deepEqual(s.delegated, { before: 200, after: 180 });
  assert.equal(s.slashed, 20);
  assert.deepEqual([s.free.amountBefore, s.free.amountAfter], [70, 70]);
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
