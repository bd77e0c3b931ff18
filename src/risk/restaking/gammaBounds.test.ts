import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SecurityCertificate } from './attackSearch.ts';
import { combineBounds } from './gammaBounds.ts';
import { toGraph } from './graph.ts';

// Three services on the pairs of validators a, b, c (stake 10 each), α = 1: one pair costs 20 for one profit,
// all three cost 30 for three profits.
const triangle = (profit: number) =>
  toGraph({
    name: null,
    unit: null,
    validators: ['a', 'b', 'c'].map((id) => ({ id, stake: 10, restaked: null })),
    services: [
      { id: 'ab', alpha: 1, profit, validators: ['a', 'b'] },
      { id: 'bc', alpha: 1, profit, validators: ['b', 'c'] },
      { id: 'ca', alpha: 1, profit, validators: ['c', 'a'] },
    ],
  });
const g = triangle(5);
const bracket = (lower: number, upper: number, exact = false): SecurityCertificate => ({
  secure: true,
  gammaStar: upper,
  gammaLowerBound: lower,
  gammaExact: exact,
  validAttack: null,
  binding: null,
  breakEvenSets: null,
  solves: 7,
});
const relaxed = (floor: number | null, cover: number[] | null = null, complete = true) => ({
  floor,
  complete,
  solves: 3,
  cover,
});

test('the lower end is the higher proven one, with its source; the width is relative to 1 + γ*', () => {
  const raised = combineBounds(g, bracket(0.9486, 1.0111), relaxed(1.9731));
  assert.equal(raised.bounds?.lowerSource, 'relaxation');
  assert.ok(Math.abs((raised.bounds?.lower as number) - 0.9731) < 1e-12);
  assert.ok(Math.abs((raised.bounds?.width as number) - (1.0111 - 0.9731) / 2.0111) < 1e-12);
  assert.equal(raised.certificate.gammaLowerBound, raised.bounds?.lower);
  assert.deepEqual(raised.bounds?.exactSearch, { lower: 0.9486, upper: 1.0111, exact: false, solves: 7 });
  const kept = combineBounds(g, bracket(0.9811, 1.1654), relaxed(1.9, null, false));
  assert.deepEqual([kept.bounds?.lower, kept.bounds?.lowerSource], [0.9811, 'exact search']);
  assert.ok(Math.abs((kept.bounds?.relaxation?.lower as number) - 0.9) < 1e-12);
});

test("the relaxation's cover, re-derived exactly, lowers the upper end and becomes the binding coalition", () => {
  const c = combineBounds(g, bracket(0.3, 3), relaxed(1.5, [0, 1, 2]));
  assert.deepEqual(
    [c.bounds?.upper, c.bounds?.upperSource, c.bounds?.relaxation?.upper],
    [1, 'relaxation', 1],
  );
  assert.deepEqual(c.certificate.binding?.exact, { profit: '15', stake: '30' });
  assert.equal(c.certificate.gammaStar, 1);
  const worse = combineBounds(g, bracket(0.3, 0.9), relaxed(1.5, [0, 1]));
  assert.deepEqual(
    [worse.bounds?.upper, worse.bounds?.upperSource, worse.bounds?.relaxation?.upper],
    [0.9, 'exact search', 3],
  );
});

test('a cover that is a valid attack, checked exactly, makes the network insecure', () => {
  const c = combineBounds(triangle(12), bracket(0.1, 0.2), relaxed(1.1, [0, 1, 2]));
  assert.equal(c.bounds, null);
  assert.deepEqual(
    [c.certificate.secure, c.certificate.gammaStar, c.certificate.validAttack?.exact],
    [false, null, { profit: '36', stake: '30' }],
  );
});

test('a floor meeting the upper end closes the bracket, and never passes it', () => {
  assert.equal(combineBounds(g, bracket(0.5, 1), relaxed(2 * (1 - 1e-7))).certificate.gammaExact, true);
  const past = combineBounds(g, bracket(0.5, 1), relaxed(2.1));
  assert.deepEqual([past.bounds?.lower, past.bounds?.width], [1, 0]);
});

test('an exact γ*, an insecure network or one without profit: the relaxation is not read', () => {
  const exact = combineBounds(g, bracket(1 - 1e-7, 1, true), relaxed(1.9, [0, 1, 2]));
  assert.deepEqual([exact.bounds?.relaxation, exact.bounds?.lowerSource], [null, 'exact search']);
  const insecure = { ...bracket(0, 0), secure: false, gammaStar: null, gammaLowerBound: null };
  assert.deepEqual(combineBounds(g, insecure, relaxed(1.5)), { certificate: insecure, bounds: null });
});
