import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { RestakingNetwork } from '../../model/restaking.ts';
import { checkSecurity, type SecurityCertificate } from './attackSearch.ts';
import { breakEvenSearch } from './breakEven.ts';
import { bruteForceSecurity } from './bruteForce.ts';
import { decimalOf, formatUnits, pow10, unitsAt } from './decimal.ts';
import { exactAttacked, isValid } from './exactCoalition.ts';
import { exactGraph } from './exactGraph.ts';
import { type Graph, toGraph } from './graph.ts';
import { loadSolver } from './milp.ts';

// Definitions: MODELS §6 (Durvasula & Roughgarden, "Robust Restaking Networks", arXiv 2407.21785, §2):
// (A, B) attacks when σ_{B∩N(s)} ≥ α_s·σ_{N(s)} for every s ∈ A, and is valid when π_A > σ_B, by any amount.

const net = (stakes: number[], services: [number, number, number[]][]): RestakingNetwork => ({
  name: null,
  unit: null,
  validators: stakes.map((stake, i) => ({ id: `v${i}`, stake, restaked: null })),
  services: services.map(([alpha, profit, members], i) => ({
    id: `s${i}`,
    alpha,
    profit,
    validators: members.map((m) => `v${m}`),
  })),
});

/** Re-derives a reported attack from its ids alone, in exact decimals: it must attack and be valid. */
function assertExactlyValid(g: Graph, c: SecurityCertificate) {
  const a = c.validAttack;
  assert.ok(a, 'an insecure verdict carries its attack');
  const eg = exactGraph(g);
  const inB = Uint8Array.from(g.validatorIds, (id) => (a.validators.includes(id) ? 1 : 0));
  const attacked = new Set(exactAttacked(g, eg, inB).map((s) => g.serviceIds[s]));
  for (const s of a.services) assert.ok(attacked.has(s), `${s} is not attacked by ${a.validators}`);
  let profit = 0n;
  let stake = 0n;
  g.serviceIds.forEach((id, s) => {
    if (a.services.includes(id)) profit += eg.profit[s] as bigint;
  });
  g.validatorIds.forEach((id, v) => {
    if (a.validators.includes(id)) stake += eg.stake[v] as bigint;
  });
  assert.ok(profit > stake, `π_A ${profit} ≤ σ_B ${stake} (units of 10^-${eg.places})`);
  assert.deepEqual(a.exact, { profit: formatUnits(profit, eg.places), stake: formatUnits(stake, eg.places) });
}

test('two validators 10/10, α = 0.5: profit 10.000001 is a valid attack, 10 and 9.999999 are secure', async () => {
  const highs = await loadSolver();
  const at = (profit: number) => toGraph(net([10, 10], [[0.5, profit, [0, 1]]]));
  const above = checkSecurity(highs, at(10.000001));
  assert.equal(above.secure, false);
  assert.deepEqual(above.validAttack?.services, ['s0']);
  assert.equal(above.validAttack?.validators.length, 1, 'one validator is enough');
  assert.deepEqual(above.validAttack?.exact, { profit: '10.000001', stake: '10' });
  assert.deepEqual([above.validAttack?.profit, above.validAttack?.stake], [10.000001, 10]);
  const even = checkSecurity(highs, at(10));
  assert.deepEqual([even.secure, even.gammaStar, even.gammaLowerBound, even.gammaExact], [true, 0, 0, true]);
  assert.ok((even.breakEvenSets ?? 0) >= 1, 'break-even was settled by the exact search');
  const below = checkSecurity(highs, at(9.999999));
  assert.equal(below.secure, true);
  assert.ok(Math.abs((below.gammaStar as number) - 1e-6 / 9.999999) < 1e-20, `γ* ${below.gammaStar}`);
  assert.ok((below.gammaLowerBound as number) >= 0);
});

test('a service short of its threshold by 4e-16 is not attacked: α = 0.30000000000000004 of 10 needs more than 3', async () => {
  const g = toGraph(net([3, 7], [[0.1 + 0.2, 3.000001, [0, 1]]]));
  const c = checkSecurity(await loadSolver(), g);
  assert.equal(c.secure, true);
  assert.deepEqual(c.binding?.exact, { profit: '3.000001', stake: '7' });
});

test('a network clear of break-even is proven by the solver alone, without the exact search', async () => {
  const c = checkSecurity(await loadSolver(), toGraph(net([10, 10], [[0.5, 5, [0, 1]]])));
  assert.deepEqual([c.secure, c.breakEvenSets, c.gammaStar], [true, null, 1]);
});

const smallNetwork = fc.record({
  stakes: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 7 }),
  services: fc.array(
    fc.record({
      alpha: fc.constantFrom(0.25, 1 / 3, 0.5, 2 / 3, 0.7, 0.1 + 0.2, 1),
      share: fc.constantFrom(0, 0.2, 0.5, 0.9),
      members: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  pick: fc.nat(),
  offset: fc.constantFrom(-1, 0, 1),
  epsilon: fc.constantFrom(6, 9, 12),
});

type Shape = typeof smallNetwork extends fc.Arbitrary<infer T> ? T : never;

/**
 * A small network (stakes in tenths, each service's profit a share of its own attack cost) where the
 * cheapest coalition that attacks one chosen service sits exactly at break-even, or 10^-ε above or below
 * it: that service gets the profit that makes π_A = σ_B + offset·10^-ε.
 */
function nearBreakEven(p: Shape): RestakingNetwork {
  const n = p.stakes.length;
  const stakes = p.stakes.map((s) => s / 10);
  const network = net(
    stakes,
    p.services.map((s) => {
      const members = [...new Set(s.members.map((m) => m % n))];
      const cost = s.alpha * members.reduce((sum, m) => sum + (stakes[m] as number), 0);
      return [s.alpha, Math.floor(s.share * cost), members];
    }),
  );
  const g = toGraph(network);
  const eg = exactGraph(g);
  const target = p.pick % g.serviceIds.length;
  let cheapest: { inB: Uint8Array; stake: bigint } | null = null;
  for (let mask = 0; mask < 2 ** n; mask++) {
    const inB = Uint8Array.from({ length: n }, (_, v) => (mask >> v) & 1);
    let stake = 0n;
    for (let v = 0; v < n; v++) if (inB[v]) stake += eg.stake[v] as bigint;
    if (exactAttacked(g, eg, inB).includes(target) && (!cheapest || stake < cheapest.stake))
      cheapest = { inB, stake };
  }
  if (!cheapest) return network;
  let rest = cheapest.stake;
  for (const s of exactAttacked(g, eg, cheapest.inB)) if (s !== target) rest -= eg.profit[s] as bigint;
  const places = Math.max(eg.places, p.epsilon);
  const units =
    unitsAt({ units: rest, places: eg.places }, places) + BigInt(p.offset) * pow10(places - p.epsilon);
  const profit = Number(formatUnits(units > 0n ? units : 0n, places));
  assert.equal(decimalOf(profit).units * pow10(places - decimalOf(profit).places), units > 0n ? units : 0n);
  const services = network.services.map((s, i) => (i === target ? { ...s, profit } : s));
  return { ...network, services };
}

test('property: at, just above and just below break-even the check agrees exactly with brute force', async () => {
  const highs = await loadSolver();
  fc.assert(
    fc.property(smallNetwork, (p) => {
      const g = toGraph(nearBreakEven(p));
      const exact = checkSecurity(highs, g);
      const brute = bruteForceSecurity(g);
      assert.equal(exact.secure, brute.secure);
      if (!exact.secure) assertExactlyValid(g, exact);
      else if (brute.gammaStar !== null) {
        const gamma = exact.gammaStar as number;
        assert.ok(
          Math.abs(gamma - brute.gammaStar) <= 1e-6 * (1 + brute.gammaStar),
          `${gamma} vs ${brute.gammaStar}`,
        );
        assert.ok((exact.gammaLowerBound as number) >= 0, 'secure proves γ* ≥ 0');
        assert.ok((exact.gammaLowerBound as number) <= brute.gammaStar + 1e-12);
      }
    }),
    { numRuns: 120, seed: 22 },
  );
});

test('property: the exact break-even search alone finds an attack exactly when brute force does', async () => {
  const highs = await loadSolver();
  fc.assert(
    fc.property(smallNetwork, (p) => {
      const g = toGraph(nearBreakEven(p));
      const settled = breakEvenSearch(highs, g, exactGraph(g), () => 60, 60);
      const brute = bruteForceSecurity(g);
      assert.equal(settled.attack === null, brute.secure);
      if (settled.attack) assert.ok(isValid(settled.attack));
    }),
    { numRuns: 120, seed: 23 },
  );
});
