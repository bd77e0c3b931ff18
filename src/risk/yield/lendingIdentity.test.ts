import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { impliedReserveFactor, impliedUtilisation } from './lendingIdentity.ts';

describe(impliedUtilisation.name, () => {
  it('reads U from supply = borrow × U × (1 − RF) (Aave v3 Linea USDC, 2025-07-22: 2.9575% / 4.4812%, RF 10%)', () => {
    assert.equal(impliedUtilisation(0.029575, 0.044812, 0.1)?.toFixed(6), '0.733311');
    assert.ok(Math.abs((impliedUtilisation(0.0111375, 0.0275, 0.1) ?? 0) - 0.45) < 1e-15);
  });
  it('is undefined without a borrow rate or with a 100% reserve factor', () => {
    assert.equal(impliedUtilisation(0, 0, 0.1), null);
    assert.equal(impliedUtilisation(0.01, 0.05, 1), null);
  });
});

describe(impliedReserveFactor.name, () => {
  it('reads RF from a lending pool’s rates at its utilisation (ZeroLend WETH on Linea, 2025-04)', () => {
    // supply 0.90931%, borrow 2.64475%, borrowed $3,155,326 of $5,965,290 supplied
    assert.equal(impliedReserveFactor(0.90931, 2.64475, 3_155_326 / 5_965_290)?.toFixed(4), '0.3500');
  });
  it('is undefined when nothing is borrowed', () => {
    assert.equal(impliedReserveFactor(0, 3, 0), null);
  });
});
