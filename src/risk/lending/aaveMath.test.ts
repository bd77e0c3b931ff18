import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EMODE_CATEGORIES } from '../../model/aaveEmode.ts';
import { account, coll, owe } from './_testBook.ts';
import { accountHealth } from './accountHealth.ts';
import { availableBorrowsUsd, borrowRefusals, supplyRefusals } from './borrowRules.ts';
import { interestRates, utilization } from './interestRate.ts';
import { closeFactor, liquidate } from './liquidation.ts';
import { maxProfitableSale, sellLoss } from './slippage.ts';

const close = (actual: number, expected: number, tol = 1e-6) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${actual} is not within ${tol} of ${expected}`);
const categories = EMODE_CATEGORIES['aave-v3-ethereum'] ?? {};

describe(accountHealth.name, () => {
  test('vector: $20k at LT 0.825 + $5k at LT 0.78 against $14k of debt gives HF 1.457143', () => {
    const a = account(
      'v',
      [coll('ETH', 10, 2000), coll('WBTC', 0.1, 50000, { liquidationThreshold: 0.78 })],
      [owe('USDC', 14000, 1)],
    );
    close(accountHealth(a, {}).healthFactor, 1.457143);
  });
  test("e-mode replaces the asset's threshold only for collateral in the account's category", () => {
    const lst = coll('weETH', 10, 3000, { liquidationThreshold: 0.79, emodeCategory: 1 });
    const outside = account('a', [lst], [owe('WETH', 9, 3000)]);
    const inside = account('b', [lst], [owe('WETH', 9, 3000)], 1);
    close(accountHealth(outside, categories).healthFactor, (30000 * 0.79) / 27000);
    close(accountHealth(inside, categories).healthFactor, (30000 * 0.95) / 27000);
  });
  test('an account with no debt has an infinite health factor', () => {
    assert.equal(
      accountHealth(account('c', [coll('ETH', 1, 1)], []), {}).healthFactor,
      Number.POSITIVE_INFINITY,
    );
  });
});

describe(liquidate.name, () => {
  const vector = account('v', [coll('ETH', 10, 1500)], [owe('USDC', 13000, 1)]);
  test('vector: 10 ETH vs 13,000 USDC at $1,500 → HF 0.951923, 50%, cover 6,500, seize 4.55, fee 0.0216667, HF after 1.037596', () => {
    close(accountHealth(vector, {}).healthFactor, 0.951923);
    for (const version of ['3.0', '3.3'] as const) {
      const l = liquidate(vector, {}, { version });
      assert.ok(l);
      close(l.debtToCover, 6500);
      close(l.collateralSeized, 4.55);
      close(l.protocolFee, 0.0216667);
      close(l.liquidatorReceives, 4.55 - 0.0216667);
      close(l.healthFactorAfter, 1.037596);
      assert.equal(l.badDebtUsd, 0);
    }
  });
  test('a healthy account cannot be liquidated', () => {
    assert.equal(
      liquidate(account('h', [coll('ETH', 10, 2000)], [owe('USDC', 13000, 1)]), {}, { version: '3.3' }),
      null,
    );
  });
  test('below HF 0.95 the whole reserve debt may be repaid; collateral short of it caps the call and leaves bad debt', () => {
    const deep = account('d', [coll('ETH', 10, 1000)], [owe('USDC', 13000, 1)]);
    const l = liquidate(deep, {}, { version: '3.0' });
    assert.ok(l);
    close(l.collateralSeized, 10);
    close(l.debtToCover, 10000 / 1.05);
    close(l.badDebtUsd, 13000 - 10000 / 1.05);
  });
  test('v3.0 caps at 50% of the reserve debt, v3.3 at 50% of the whole position', () => {
    const two = account('t', [coll('ETH', 10, 1500)], [owe('USDC', 9000, 1), owe('DAI', 4000, 1)]);
    close(liquidate(two, {}, { version: '3.0' })?.debtToCover ?? 0, 4500);
    close(liquidate(two, {}, { version: '3.3' })?.debtToCover ?? 0, 6500);
  });
  test('v3.3: a reserve under $2,000 is closed in full; a call that would leave under $1,000 of debt leaves exactly $1,000', () => {
    const small = account('s', [coll('ETH', 1.5, 1500)], [owe('USDC', 1880, 1)]);
    assert.equal(closeFactor('3.3', accountHealth(small, {}).healthFactor, 2250, 1880), 1);
    close(liquidate(small, {}, { version: '3.3' })?.debtToCover ?? 0, 1880);
    assert.equal(closeFactor('3.0', 0.96, 1800, 1880), 0.5);
    const dust = account('u', [coll('ETH', 10, 1500)], [owe('USDC', 7000, 1), owe('DAI', 6000, 1)]);
    close(liquidate(dust, {}, { version: '3.3' })?.debtToCover ?? 0, 6000);
  });
});

describe(interestRates.name, () => {
  const model = { baseRate: 0, slope1: 0.04, slope2: 0.6, optimalUtilization: 0.9, reserveFactor: 0.1 };
  test('vector: U 0.5 → 2.2222% borrow, 1.0000% supply', () => {
    const r = interestRates(0.5, model);
    close(r.borrowRate, 0.022222);
    close(r.supplyRate, 0.01);
  });
  test('above the kink slope 2 applies: U 0.95 → 4% + 60%·0.5 = 34%; U = debt / (available + debt)', () => {
    close(interestRates(0.95, model).borrowRate, 0.34);
    close(utilization(50, 950), 0.95);
    assert.equal(utilization(0, 0), 0);
  });
});

describe(maxProfitableSale.name, () => {
  test('vector: x 1000 ETH, fee 0.3%, bonus 5% → 49.6226 ETH, where the sale loses exactly the bonus', () => {
    const d = maxProfitableSale(1000, 0.003, 0.05);
    close(d, 49.6226, 1e-4);
    close(sellLoss(1000, 0.003, d), 0.05, 1e-12);
    assert.equal(maxProfitableSale(1000, 0.06, 0.05), 0);
  });
});

describe(borrowRefusals.name, () => {
  const reserve = {
    asset: 'USDC',
    price: 1,
    supplyCap: 1000,
    borrowCap: 500,
    totalSupplied: 900,
    totalBorrowed: 450,
    borrowableInIsolation: false,
    isolationModeTotalDebtUsd: 0,
  };
  test('caps, isolation mode, the debt ceiling and the LTV limit each refuse with their Aave error', () => {
    const plain = account('p', [coll('ETH', 1, 2000)], [owe('USDC', 1000, 1)]);
    close(availableBorrowsUsd(plain, {}), 600);
    assert.deepEqual(borrowRefusals(plain, {}, reserve, 40), []);
    assert.deepEqual(borrowRefusals(plain, {}, reserve, 100), ['BORROW_CAP_EXCEEDED']);
    assert.deepEqual(borrowRefusals(plain, {}, { ...reserve, borrowCap: 0 }, 700), [
      'COLLATERAL_CANNOT_COVER_NEW_BORROW',
    ]);
    const isolated = account('i', [coll('XYZ', 100, 10, { debtCeilingUsd: 300 })], []);
    assert.deepEqual(borrowRefusals(isolated, {}, { ...reserve, borrowCap: 0 }, 400), [
      'ASSET_NOT_BORROWABLE_IN_ISOLATION',
      'DEBT_CEILING_EXCEEDED',
    ]);
    assert.deepEqual(supplyRefusals(reserve, 200), ['SUPPLY_CAP_EXCEEDED']);
  });
});
