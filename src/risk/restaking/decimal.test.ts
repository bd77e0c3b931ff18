import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decimalOf, formatUnits, quotient } from './decimal.ts';

test('a number is the decimal it is written as, exponents included', () => {
  assert.deepEqual(decimalOf(10.000001), { units: 10000001n, places: 6 });
  assert.deepEqual(decimalOf(0.1 + 0.2), { units: 30000000000000004n, places: 17 });
  assert.deepEqual(decimalOf(1.5e-7), { units: 15n, places: 8 });
  assert.deepEqual(decimalOf(1e21), { units: 10n ** 21n, places: 0 });
  assert.deepEqual(decimalOf(0), { units: 0n, places: 0 });
  assert.throws(() => decimalOf(-1), /finite number ≥ 0/);
  assert.throws(() => decimalOf(Number.NaN), /finite number ≥ 0/);
});

test('units are written out exactly and divided to the nearest double', () => {
  assert.equal(formatUnits(10000001n, 6), '10.000001');
  assert.equal(formatUnits(10000000n, 6), '10');
  assert.equal(formatUnits(5n, 3), '0.005');
  assert.equal(formatUnits(-15n, 1), '-1.5');
  assert.equal(quotient(1n, 3n), 1 / 3);
  assert.equal(quotient(10n ** 400n, 3n * 10n ** 399n), 10 / 3);
  assert.equal(quotient(-1000001n, 10000000n), -0.1000001);
});
