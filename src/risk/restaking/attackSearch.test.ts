import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { RestakingNetwork } from '../../model/restaking.ts';
import { checkSecurity, coalitionOf, ratioFloor } from './attackSearch.ts';
import { bruteForceCascade, bruteForceSecurity } from './bruteForce.ts';
import { worstCascade } from './cascade.ts';
import { profitOf, stakeOf, toGraph } from './graph.ts';
import { loadSolver } from './milp.ts';
import { sufficientCondition } from './sufficientCondition.ts';

const net = (
  stakes: Record<string, number>,
  services: [string, number, number, string[]][],
): RestakingNetwork => ({
  name: null,
  unit: null,
  validators: Object.entries(stakes).map(([id, stake]) => ({ id, stake, restaked: null })),
  services: services.map(([id, alpha, profit, validators]) => ({ id, alpha, profit, validators })),
});

const R1 = net({ a: 40, b: 30, c: 30 }, [
  ['s1', 1 / 3, 10, ['a', 'b']],
  ['s2', 1 / 2, 15, ['b', 'c']],
  ['s3', 2 / 3, 20, ['a', 'b', 'c']],
]);
const R2 = net({ a: 0.1, b: 0.9 }, [['x', 1, 1, ['a', 'b']]]);

test('vector R1: sufficient condition 29.14 / 36.86 / 24, exact check secure with γ* = 0.2 bound by ({s1,s2},{b})', async () => {
  const g = toGraph(R1);
  const rows = sufficientCondition(g);
  assert.deepEqual(
    rows.map((r) => [r.validator, Number(r.lhs.toFixed(2)), r.holds]),
    [
      ['a', 29.14, true],
      ['b', 36.86, false],
      ['c', 24, true],
    ],
  );
  const c = checkSecurity(await loadSolver(), g);
  assert.equal(c.secure, true);
  assert.equal(c.validAttack, null);
  assert.ok(c.gammaExact);
  assert.ok(Math.abs((c.gammaStar as number) - 0.2) < 1e-6, `γ* ${c.gammaStar}`);
  assert.deepEqual(c.binding, {
    services: ['s1', 's2'],
    validators: ['b'],
    profit: 25,
    stake: 30,
    exact: { profit: '25', stake: '30' },
  });
});

test('vector R2: the condition holds with equality, no valid attack, but shocking {a} loses everything (R_0.1 = 1.0)', async () => {
  const highs = await loadSolver();
  const g = toGraph(R2);
  assert.ok(sufficientCondition(g).every((r) => r.holds));
  const c = checkSecurity(highs, g);
  assert.equal(c.secure, true);
  assert.equal(c.gammaStar, 0);
  const given = worstCascade(highs, g, { validators: [0] }, c.gammaLowerBound);
  assert.deepEqual([given.loss, given.method, given.attackers, given.bound], [1, 'exact', ['b'], null]);
  const searched = worstCascade(highs, g, { psi: 0.1 }, c.gammaLowerBound);
  assert.deepEqual([searched.loss, searched.shock], [1, ['a']]);
  assert.equal(worstCascade(highs, g, { psi: 0.05 }, c.gammaLowerBound).loss, 0.05);
});

test('an insecure network returns a valid attack anyone can verify', async () => {
  const g = toGraph(
    net({ a: 5, b: 50 }, [
      ['cheap', 0.5, 20, ['a', 'b']],
      ['also', 1, 6, ['a']],
    ]),
  );
  const c = checkSecurity(await loadSolver(), g);
  assert.equal(c.secure, false);
  assert.deepEqual(c.validAttack, {
    services: ['also'],
    validators: ['a'],
    profit: 6,
    stake: 5,
    exact: { profit: '6', stake: '5' },
  });
});

test('zero slashable stake: every service with a profit is attacked for nothing', async () => {
  const g = toGraph(net({ a: 0, b: 0 }, [['x', 0.33, 7, ['a', 'b']]]));
  const c = checkSecurity(await loadSolver(), g);
  assert.deepEqual(c.validAttack, {
    services: ['x'],
    validators: [],
    profit: 7,
    stake: 0,
    exact: { profit: '7', stake: '0' },
  });
  assert.ok(sufficientCondition(g).every((r) => !r.holds && r.lhs > 0));
});

const smallNetwork = fc
  .record({
    stakes: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }),
    services: fc.array(
      fc.record({
        alpha: fc.constantFrom(0.25, 1 / 3, 0.5, 2 / 3, 1),
        profit: fc.integer({ min: 0, max: 150 }),
        members: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ stakes, services }) =>
    net(
      Object.fromEntries(stakes.map((s, i) => [`v${i}`, s])),
      services.map((s, i) => [
        `s${i}`,
        s.alpha,
        s.profit,
        [...new Set(s.members.map((m) => `v${m % stakes.length}`))],
      ]),
    ),
  );

test('property: the MILP agrees with brute force on secure/insecure, γ* and the worst cascade', async () => {
  const highs = await loadSolver();
  fc.assert(
    fc.property(smallNetwork, fc.nat(), (network, pick) => {
      const g = toGraph(network);
      const exact = checkSecurity(highs, g);
      const brute = bruteForceSecurity(g);
      assert.equal(exact.secure, brute.secure);
      if (exact.validAttack) assert.ok(exact.validAttack.profit > exact.validAttack.stake);
      if (brute.secure && brute.gammaStar !== null) {
        assert.ok(Math.abs((exact.gammaStar as number) - brute.gammaStar) <= 1e-5 * (1 + brute.gammaStar));
      }
      const removed = new Uint8Array(g.validatorIds.length);
      removed[pick % g.validatorIds.length] = 1;
      const cascade = worstCascade(highs, g, { validators: [pick % g.validatorIds.length] }, null);
      const lost = g.totalStake > 0 ? bruteForceCascade(g, removed) / g.totalStake : 0;
      assert.ok(
        Math.abs(cascade.loss - cascade.psi - lost) < 1e-9,
        `${cascade.loss - cascade.psi} vs ${lost}`,
      );
    }),
    { numRuns: 150, seed: 6 },
  );
});

test('property: the ratio floor from an unfinished MILP never rises above the least σ_B/π_A', () => {
  fc.assert(
    fc.property(
      smallNetwork,
      fc.double({ min: 0.5, max: 4, noNaN: true }),
      fc.constantFrom(0, 0, 0.01, 0.1, 1),
      (network, lambda, slack) => {
        const g = toGraph(network);
        const V = g.validatorIds.length;
        let least = Number.POSITIVE_INFINITY;
        let most = Number.NEGATIVE_INFINITY;
        for (let mask = 0; mask < 2 ** V; mask++) {
          const inB = Uint8Array.from({ length: V }, (_, v) => (mask >> v) & 1);
          const a = coalitionOf(g, inB);
          const [profit, stake] = [profitOf(g, a.services), stakeOf(g, a.validators)];
          if (profit <= 0) continue;
          least = Math.min(least, stake / profit);
          most = Math.max(most, lambda * profit - stake);
        }
        if (!Number.isFinite(least)) return;
        // Any bound at least the true optimum is a proof the floor must respect.
        const bound = Math.max(most, 0) + slack * g.totalStake;
        const floor = ratioFloor(g, lambda, bound);
        assert.ok(floor <= least * (1 + 1e-12), `floor ${floor} above the least ratio ${least}`);
        if (bound <= 0) assert.equal(floor, lambda);
      },
    ),
    { numRuns: 1000, seed: 11 },
  );
});
