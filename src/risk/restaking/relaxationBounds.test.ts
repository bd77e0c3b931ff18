import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { bruteForceSecurity } from './bruteForce.ts';
import { exactCoalition, lowerRatio, ratioOf } from './exactCoalition.ts';
import { exactGraph } from './exactGraph.ts';
import { toGraph } from './graph.ts';
import { loadSolver } from './milp.ts';
import { relaxationBounds } from './relaxationBounds.ts';

const network = fc
  .record({
    stakes: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 9 }),
    services: fc.array(
      fc.record({
        alpha: fc.constantFrom(0.25, 1 / 3, 0.5, 2 / 3, 1),
        profit: fc.integer({ min: 0, max: 60 }),
        members: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    binaryTop: fc.constantFrom(0, 2, 99),
    nodeLimit: fc.constantFrom(0, 1, 1_000),
    precision: fc.constantFrom(0, 0.01),
  })
  .map(({ stakes, services, binaryTop, nodeLimit, precision }) => ({
    graph: toGraph({
      name: null,
      unit: null,
      validators: stakes.map((stake, i) => ({ id: `v${i}`, stake, restaked: null })),
      services: services.map((s, i) => ({
        id: `s${i}`,
        alpha: s.alpha,
        profit: s.profit,
        validators: [...new Set(s.members.map((m) => `v${m % stakes.length}`))],
      })),
    }),
    binaryTop,
    nodeLimit,
    precision,
  }));

test('property: the relaxation floor never rises above 1 + γ* (enumeration), meets it when every x is binary, and its cover is a coalition', async () => {
  const highs = await loadSolver();
  fc.assert(
    fc.property(network, ({ graph, binaryTop, nodeLimit, precision }) => {
      const least = bruteForceSecurity(graph).binding;
      const r = relaxationBounds(highs, graph, { binaryTop, nodeLimit, precision });
      if (!least) return;
      const rho = ratioOf(least);
      assert.ok((r.floor as number) <= rho * (1 + 1e-9), `floor ${r.floor} above min σ_B/π_A ${rho}`);
      if (r.cover) {
        const inB = Uint8Array.from(graph.validatorIds, (_, v) => (r.cover?.includes(v) ? 1 : 0));
        const cover = exactCoalition(graph, exactGraph(graph), inB);
        assert.ok(
          cover.profit > 0n && !lowerRatio(cover, least),
          'the cover is a coalition, no better than the least',
        );
      }
      if (binaryTop >= graph.validatorIds.length && r.complete && precision === 0)
        assert.ok((r.floor as number) >= rho * (1 - 2e-6), `complete floor ${r.floor} short of ${rho}`);
    }),
    { numRuns: 120, seed: 25 },
  );
});

test('a relaxed cover is cheaper: one service needing 15 of stakes 10/10 has floor 15/20, not 20/20', async () => {
  const g = toGraph({
    name: null,
    unit: null,
    validators: [
      { id: 'a', stake: 10, restaked: null },
      { id: 'b', stake: 10, restaked: null },
    ],
    services: [{ id: 's', alpha: 0.75, profit: 20, validators: ['a', 'b'] }],
  });
  const highs = await loadSolver();
  const relaxed = relaxationBounds(highs, g, { binaryTop: 0, precision: 0 });
  assert.ok(relaxed.complete && Math.abs((relaxed.floor as number) - 0.75) < 1e-5, `${relaxed.floor}`);
  const integral = relaxationBounds(highs, g, { binaryTop: 2, precision: 0 });
  assert.ok(integral.complete && Math.abs((integral.floor as number) - 1) < 1e-5, `${integral.floor}`);
});
