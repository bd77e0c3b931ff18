import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../../core/day.ts';
import { interestRates, type RateModel } from '../lending/interestRate.ts';
import { checkRateModel, MATCH_TOLERANCE, type ObservedRates } from './checkRateModel.ts';

/**
 * Vectors from aave-dao/aave-v3-origin @ fd1fbd91, src/contracts/misc/DefaultReserveInterestRateStrategyV2.sol,
 * calculateInterestRates: parameters stored in bps and rayified (× 1e23); below the optimal point the
 * borrow rate is base + slope1 · U / U_opt, above it base + slope1 + slope2 · (U − U_opt)/(1 − U_opt);
 * liquidityRate = borrowRate · U · (1 − reserveFactor); with no debt, (0, base). Strategy: Aave v3 Linea
 * USDC at activation (config diff 2025-01-21): U_opt 9000 bps, base 0, slope1 550, slope2 6000, RF 1000.
 */
const LINEA_USDC: RateModel = {
  optimalUtilization: 9000 / 1e4,
  baseRate: 0,
  slope1: 550 / 1e4,
  slope2: 6000 / 1e4,
  reserveFactor: 1000 / 1e4,
};

describe('Faultline’s rate model against DefaultReserveInterestRateStrategyV2', () => {
  const cases: [u: number, borrow: number, supply: number][] = [
    [0, 0, 0],
    [0.45, 0.0275, 0.0111375],
    [0.9, 0.055, 0.04455],
    [0.95, 0.355, 0.303525],
    [1, 0.655, 0.5895],
  ];
  for (const [u, borrow, supply] of cases) {
    it(`at U = ${u}: borrow ${borrow}, supply ${supply}`, () => {
      const r = interestRates(u, LINEA_USDC);
      assert.ok(Math.abs(r.borrowRate - borrow) < 1e-15, `${r.borrowRate}`);
      assert.ok(Math.abs(r.supplyRate - supply) < 1e-15, `${r.supplyRate}`);
    });
  }
  it('with no debt pays suppliers nothing and charges the base rate', () => {
    assert.deepEqual(interestRates(0, { ...LINEA_USDC, baseRate: 0.01 }), {
      borrowRate: 0.01,
      supplyRate: 0,
    });
  });
});

const day = (i: number) => `2025-08-${String(i + 1).padStart(2, '0')}` as Day;
/** Observed rates as the reserve file rounds them (6 decimals), made by a strategy at utilisations `us`. */
const observed = (m: RateModel, us: readonly number[], from = 0): ObservedRates[] =>
  us.map((u, i) => {
    const r = interestRates(u, m);
    return {
      day: day(from + i),
      supplyRate: Math.round(r.supplyRate * 1e6) / 1e6,
      borrowRate: Math.round(r.borrowRate * 1e6) / 1e6,
      reserveFactor: m.reserveFactor,
    };
  });

describe(checkRateModel.name, () => {
  const stated = {
    ...LINEA_USDC,
    asOf: '2025-01-21' as Day,
    source: 'aave-v3-linea_activation_2025-01-21.md',
  };

  it('reproduces the real Linea USDC observation of 2025-07-22 within a basis point', () => {
    const check = checkRateModel(
      [{ day: '2025-07-22' as Day, supplyRate: 0.029575, borrowRate: 0.044812, reserveFactor: 0.1 }],
      stated,
    );
    assert.equal(check.matched, 1);
    assert.ok((check.absError?.max ?? 1) < 1e-5);
  });

  it('matches while the stated strategy is in force and dates the change when governance moved the curve', () => {
    const before = observed(LINEA_USDC, [0.6, 0.7, 0.93, 0.8, 0.5]);
    const after = observed({ ...LINEA_USDC, slope1: 0.04 }, [0.6, 0.7, 0.8], 5);
    const check = checkRateModel([...after, ...before], stated);
    assert.equal(check.checked, 8);
    assert.equal(check.matched, 5);
    assert.equal(check.matchedFrom, '2025-08-01');
    assert.equal(check.matchedThrough, '2025-08-05');
    assert.equal(check.changedBy, '2025-08-06');
    assert.equal(check.lastMatched, '2025-08-05');
    assert.equal(check.reserveFactorAgrees, true);
    assert.ok((check.absError?.max ?? 0) > MATCH_TOLERANCE);
  });

  it('counts days whose rates and reserve factor imply U above 100% as inconsistent, and skips days with no borrowing', () => {
    const check = checkRateModel(
      [
        { day: day(0), supplyRate: 0.05, borrowRate: 0.05, reserveFactor: 0.2 },
        { day: day(1), supplyRate: 0, borrowRate: 0, reserveFactor: 0.1 },
        { day: day(2), supplyRate: 0.01, borrowRate: 0.05, reserveFactor: null },
      ],
      stated,
    );
    assert.equal(check.days, 3);
    assert.equal(check.inconsistent, 1);
    assert.equal(check.checked, 0);
    assert.equal(check.matchedFrom, null);
    assert.equal(check.absError, null);
  });

  it('ignores days before the strategy’s report', () => {
    const check = checkRateModel(observed(LINEA_USDC, [0.5]), { ...stated, asOf: '2025-09-01' as Day });
    assert.equal(check.days, 0);
  });
});
