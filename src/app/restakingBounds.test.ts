import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NetworkInput, RestakingNetwork } from '../model/restaking.ts';
import { bruteForceSecurity } from '../risk/restaking/bruteForce.ts';
import { toGraph } from '../risk/restaking/graph.ts';
import { loadSolver } from '../risk/restaking/milp.ts';
import { restakingBounds } from './restakingBounds.ts';

const graph = (network: RestakingNetwork): NetworkInput => ({ format: 'graph', network, assumptions: [] });

// MODELS §6 vector R1: γ* = 0.2, bound by ({s1, s2}, {b}).
const R1: RestakingNetwork = {
  name: 'R1',
  unit: 'ETH',
  validators: [
    { id: 'a', stake: 40, restaked: null },
    { id: 'b', stake: 30, restaked: null },
    { id: 'c', stake: 30, restaked: null },
  ],
  services: [
    { id: 's1', alpha: 1 / 3, profit: 10, validators: ['a', 'b'] },
    { id: 's2', alpha: 1 / 2, profit: 15, validators: ['b', 'c'] },
    { id: 's3', alpha: 2 / 3, profit: 20, validators: ['a', 'b', 'c'] },
  ],
};

test('vector R1: the exact search closes γ* = 0.2 itself and the relaxation is not consulted', async () => {
  const r = await restakingBounds(await loadSolver(), graph(R1), { psi: 0.3 });
  assert.equal(r.certificate.secure, true);
  assert.ok(r.gammaBounds);
  assert.deepEqual(
    [r.gammaBounds.exact, r.gammaBounds.lowerSource, r.gammaBounds.relaxation],
    [true, 'exact search', null],
  );
  assert.ok(Math.abs(r.gammaBounds.upper - 0.2) < 1e-9 && r.gammaBounds.width < 1e-6);
  assert.ok(
    Math.abs((r.cascade?.bound as number) - (1 + 1 / (r.certificate.gammaLowerBound as number)) * 0.3) < 1e-9,
  );
});

// Three services on the pairs of three validators of 10, α = 1, profit 5 each: attacking all three costs 30 for
// 15 (γ* = 1), while the verdict's floor only knows that each service alone needs 20 (γ* ≥ 20/15 − 1).
const TRIANGLE: RestakingNetwork = {
  name: 'triangle',
  unit: 'ETH',
  validators: ['a', 'b', 'c'].map((id) => ({ id, stake: 10, restaked: null })),
  services: [
    { id: 'ab', alpha: 1, profit: 5, validators: ['a', 'b'] },
    { id: 'bc', alpha: 1, profit: 5, validators: ['b', 'c'] },
    { id: 'ca', alpha: 1, profit: 5, validators: ['c', 'a'] },
  ],
};

test('stopped at the verdict, the relaxation in the worker raises the lower end to γ* = 1, the same on every run', async () => {
  const highs = await loadSolver();
  const verdictOnly = () => restakingBounds(highs, graph(TRIANGLE), { refineGamma: false });
  const first = await verdictOnly();
  const b = first.gammaBounds;
  assert.ok(b?.relaxation);
  assert.ok(
    Math.abs(b.exactSearch.lower - 1 / 3) < 1e-3,
    `the verdict alone proves γ* ≥ ${b.exactSearch.lower}`,
  );
  assert.deepEqual([b.lowerSource, b.relaxation.complete, b.upper, b.exact], ['relaxation', true, 1, true]);
  assert.ok(Math.abs(b.lower - 1) < 1e-5, `relaxation floor ${b.lower}`);
  assert.equal(bruteForceSecurity(toGraph(TRIANGLE)).gammaStar, 1);
  assert.deepEqual([first.certificate.gammaLowerBound, first.certificate.gammaExact], [b.lower, true]);
  assert.deepEqual((await verdictOnly()).gammaBounds, b);
});

test('an insecure network has no bracket; its attack is verified exactly', async () => {
  const r = await restakingBounds(
    await loadSolver(),
    graph({
      name: null,
      unit: null,
      validators: [
        { id: 'a', stake: 10, restaked: null },
        { id: 'b', stake: 10, restaked: null },
      ],
      services: [{ id: 's', alpha: 0.5, profit: 10.000001, validators: ['a', 'b'] }],
    }),
  );
  assert.equal(r.certificate.secure, false);
  assert.equal(r.gammaBounds, null);
  assert.deepEqual(r.certificate.validAttack?.exact, { profit: '10.000001', stake: '10' });
});
