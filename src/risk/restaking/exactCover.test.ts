import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { exactAttacked } from './exactCoalition.ts';
import { cheaperCover } from './exactCover.ts';
import { exactGraph } from './exactGraph.ts';
import { toGraph } from './graph.ts';

const network = fc.record({
  stakes: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 9 }),
  services: fc.array(
    fc.record({
      alpha: fc.constantFrom(0.25, 1 / 3, 0.5, 2 / 3, 0.7, 0.1 + 0.2, 1),
      members: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  subset: fc.nat(),
  slack: fc.constantFrom(-1n, 0n, 1n, 2n),
});

test('property: a cover cheaper than the bound is found exactly when one exists (enumeration)', () => {
  fc.assert(
    fc.property(network, ({ stakes, services, subset, slack }) => {
      const n = stakes.length;
      const g = toGraph({
        name: null,
        unit: null,
        validators: stakes.map((s, i) => ({ id: `v${i}`, stake: s / 10, restaked: null })),
        services: services.map((s, i) => ({
          id: `s${i}`,
          alpha: s.alpha,
          profit: 1,
          validators: [...new Set(s.members.map((m) => `v${m % n}`))],
        })),
      });
      const eg = exactGraph(g);
      const wanted = [...g.serviceIds.keys()].filter((s) => (subset >> s) & 1);
      let least: bigint | null = null;
      for (let mask = 0; mask < 2 ** n; mask++) {
        const inB = Uint8Array.from({ length: n }, (_, v) => (mask >> v) & 1);
        const attacked = exactAttacked(g, eg, inB);
        if (!wanted.every((s) => attacked.includes(s))) continue;
        let stake = 0n;
        for (let v = 0; v < n; v++) if (inB[v]) stake += eg.stake[v] as bigint;
        if (least === null || stake < least) least = stake;
      }
      // The bound sits at the least cover's stake, one unit either side, or two above.
      const below = (least ?? 5n) + slack;
      const cover = cheaperCover(g, eg, wanted, below, () => {});
      assert.equal(cover !== null, least !== null && least < below, `least ${least}, below ${below}`);
      if (cover) {
        const inB = Uint8Array.from({ length: n }, (_, v) => (cover.includes(v) ? 1 : 0));
        const attacked = exactAttacked(g, eg, inB);
        assert.ok(wanted.every((s) => attacked.includes(s)));
        assert.ok(cover.reduce((sum, v) => sum + (eg.stake[v] as bigint), 0n) < below);
      }
    }),
    { numRuns: 1000, seed: 24 },
  );
});

test('the search stops when asked to: 41 even stakes cannot meet an odd need of 1,435 for less than 1,436', () => {
  const ids = Array.from({ length: 41 }, (_, i) => `v${i}`);
  const g = toGraph({
    name: null,
    unit: null,
    validators: ids.map((id, i) => ({ id, stake: 2 * (50 + i), restaked: null })),
    services: [{ id: 's', alpha: 0.25, profit: 1, validators: ids }],
  });
  assert.equal(exactGraph(g).need[0], 1435n);
  assert.throws(
    () =>
      cheaperCover(g, exactGraph(g), [0], 1436n, () => {
        throw new Error('stopped');
      }),
    /stopped/,
  );
});
