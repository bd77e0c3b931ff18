import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SecurityCertificate } from './attackSearch.ts';
import { combineBounds } from './gammaBounds.ts';

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
const floor = (f: number | null, complete = true) => ({ floor: f, complete, solves: 3 });

test('the lower end is the higher proven one, with its source; the width is relative to 1 + γ*', () => {
  const raised = combineBounds(bracket(0.9486, 1.0111), floor(1.9731));
  assert.equal(raised.bounds?.lowerSource, 'relaxation');
  assert.ok(Math.abs((raised.bounds?.lower as number) - 0.9731) < 1e-12);
  assert.ok(Math.abs((raised.bounds?.width as number) - (1.0111 - 0.9731) / 2.0111) < 1e-12);
  assert.equal(raised.certificate.gammaLowerBound, raised.bounds?.lower);
  assert.deepEqual(raised.bounds?.exactSearch, { lower: 0.9486, upper: 1.0111, exact: false, solves: 7 });
  const kept = combineBounds(bracket(0.9811, 1.1654), floor(1.9, false));
  assert.deepEqual([kept.bounds?.lower, kept.bounds?.lowerSource], [0.9811, 'exact search']);
  assert.ok(Math.abs((kept.bounds?.relaxation?.lower as number) - 0.9) < 1e-12);
});

test('a relaxation floor meeting the upper end closes the bracket, and never passes it', () => {
  const met = combineBounds(bracket(0.5, 1), floor(2 * (1 - 1e-7)));
  assert.equal(met.certificate.gammaExact, true);
  const past = combineBounds(bracket(0.5, 1), floor(2.1));
  assert.deepEqual([past.bounds?.lower, past.bounds?.width], [1, 0]);
});

test('an exact γ*, an insecure network or one without profit: the relaxation is not read', () => {
  const exact = combineBounds(bracket(1 - 1e-7, 1, true), floor(1.9));
  assert.deepEqual([exact.bounds?.relaxation, exact.bounds?.lowerSource], [null, 'exact search']);
  const insecure = { ...bracket(0, 0), secure: false, gammaStar: null, gammaLowerBound: null };
  assert.deepEqual(combineBounds(insecure, floor(1.5)), { certificate: insecure, bounds: null });
});
