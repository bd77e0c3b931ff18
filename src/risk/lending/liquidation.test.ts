import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  type RefReserve,
  refAccountData,
  refLiquidationCall,
  units,
} from '../../../test/helpers/aaveV33Reference.ts';
import type { LendingAccountPosition } from '../../model/lending.ts';
import { account, coll, owe } from './_testBook.ts';
import { accountHealth } from './accountHealth.ts';
import { liquidate } from './liquidation.ts';

// Conformance with aave-dao/aave-v3-origin tag v3.3.0 (commit 5431379f8beb4d7128c84a81ced3917d856efa84),
// src/contracts/protocol/libraries/logic/LiquidationLogic.sol `executeLiquidationCall` and
// GenericLogic.sol `calculateUserAccountData`; `test/helpers/aaveV33Reference.ts` ports their integer arithmetic.

const close = (actual: number, expected: number, tol = 1e-6) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${actual} is not within ${tol} of ${expected}`);

/** One reserve of a test account, as decimal strings; thresholds, bonus and fee in bps. */
type Spec = {
  asset: string;
  decimals: number;
  price: string;
  collateral?: string;
  debt?: string;
  lt?: number;
  bonus?: number;
  fee?: number;
};

/** The same account for the engine (floats) and for the reference (integers). */
function build(specs: Spec[]): { engine: LendingAccountPosition; ref: RefReserve[] } {
  const params = (s: Spec) => ({
    liquidationThreshold: (s.lt ?? 8250) / 1e4,
    liquidationBonus: (s.bonus ?? 10500) / 1e4,
    liquidationProtocolFee: (s.fee ?? 1000) / 1e4,
  });
  return {
    engine: account(
      'x',
      specs
        .filter((s) => s.collateral)
        .map((s) => coll(s.asset, Number(s.collateral), Number(s.price), params(s))),
      specs.filter((s) => s.debt).map((s) => owe(s.asset, Number(s.debt), Number(s.price))),
    ),
    ref: specs.map((s) => ({
      price: units(s.price, 8),
      decimals: s.decimals,
      collateral: units(s.collateral ?? '0', s.decimals),
      debt: units(s.debt ?? '0', s.decimals),
      liquidationThreshold: BigInt(s.lt ?? 8250),
      liquidationBonus: BigInt(s.bonus ?? 10500),
      liquidationProtocolFee: BigInt(s.fee ?? 1000),
    })),
  };
}

const toUnits = (amount: number, decimals: number) => BigInt(Math.floor(amount * 10 ** decimals));
const fromUnits = (amount: bigint, decimals: number) => Number(amount) / 10 ** decimals;

describe('Aave v3.3 liquidation conformance (aave-v3-origin v3.3.0)', () => {
  test('the dust check counts the protocol fee as collateral leaving (LiquidationLogic.sol L320-344)', () => {
    // 2.3 WETH ($6,900; LT 80%, bonus 20%, fee 50%) + 0.05 WBTC ($5,000) against 10,000 USDC: HF 0.952, so
    // 50% of the position (5,000 USDC) may be repaid; that seizes 2 WETH and leaves 0.3 WETH = $900 < $1,000
    // once the fee (0.1667 WETH) has left too. The largest call the contract accepts leaves exactly $1,000:
    // seize 2.3 − 1/3 WETH, repay (2.3 − 1/3)·3000/1.2 = 4,916.67 USDC.
    const { engine, ref } = build([
      { asset: 'WETH', decimals: 18, price: '3000', collateral: '2.3', lt: 8000, bonus: 12000, fee: 5000 },
      { asset: 'WBTC', decimals: 8, price: '100000', collateral: '0.05', lt: 8000 },
      { asset: 'USDC', decimals: 6, price: '1', debt: '10000' },
    ]);
    const l = liquidate(engine, {}, { version: '3.3', collateralAsset: 'WETH' });
    assert.ok(l);
    close(l.maxLiquidatableDebt, 5000);
    close(l.debtToCover, 4916.666667);
    close(l.collateralSeized, 1.966667);
    close(l.protocolFee, 0.163889);
    close(l.liquidatorReceives, 1.802778);
    assert.deepEqual(refLiquidationCall(ref, 0, 2, units('5000', 6)), {
      ok: false,
      error: 'MUST_NOT_LEAVE_DUST',
    });
    const accepted = refLiquidationCall(ref, 0, 2, toUnits(l.debtToCover, 6) - 1n);
    assert.ok(accepted.ok);
    close(fromUnits(accepted.actualCollateralToLiquidate, 18), l.liquidatorReceives);
    close(fromUnits(accepted.liquidationProtocolFee, 18), l.protocolFee);
    assert.equal(refLiquidationCall(ref, 0, 2, toUnits(l.debtToCover * 1.0001, 6)).ok, false);
  });

  test('a call that takes the last collateral writes all debt off: no debt left, HF after infinite (L356-367, L408-413)', () => {
    // 1 WETH at $1,500 against 2,000 USDC + 100 DAI: HF 0.589, all 2,000 USDC may be repaid but 1 WETH covers
    // only 1,500/1.05 = 1,428.57; the rest of the USDC debt and all the DAI debt become a deficit.
    const specs: Spec[] = [
      { asset: 'WETH', decimals: 18, price: '1500', collateral: '1' },
      { asset: 'USDC', decimals: 6, price: '1', debt: '2000' },
      { asset: 'DAI', decimals: 18, price: '1', debt: '100' },
    ];
    const { engine, ref } = build(specs);
    const r = refLiquidationCall(ref, 0, 1, units('2000', 6));
    assert.ok(r.ok && r.hasNoCollateralLeft);
    const v33 = liquidate(engine, {}, { version: '3.3' });
    assert.ok(v33);
    close(v33.debtToCover, fromUnits(r.actualDebtToLiquidate, 6));
    close(v33.collateralSeized, 1);
    assert.equal(v33.healthFactorAfter, Number.POSITIVE_INFINITY);
    assert.deepEqual(
      v33.after.debt.map((d) => d.amount),
      [0, 0],
    );
    close(v33.badDebtUsd, 2100 - 1500 / 1.05);
    const v30 = liquidate(engine, {}, { version: '3.0' });
    assert.ok(v30);
    assert.equal(v30.healthFactorAfter, 0);
    close(
      v30.after.debt.reduce((s, d) => s + d.amount, 0),
      2100 - 1500 / 1.05,
    );

    // $10 of other collateral keeps the debt on the books; collateral with threshold 0 does not count.
    const kept = build([...specs, { asset: 'USDT', decimals: 6, price: '1', collateral: '10', lt: 8000 }]);
    assert.ok(
      (refLiquidationCall(kept.ref, 0, 1, units('2000', 6)) as { hasNoCollateralLeft: boolean })
        .hasNoCollateralLeft === false,
    );
    const k = liquidate(kept.engine, {}, { version: '3.3', collateralAsset: 'WETH' });
    assert.ok(k);
    close(k.healthFactorAfter, 8 / (2100 - 1500 / 1.05));
    assert.equal(k.badDebtUsd, 0);
    const inert = build([...specs, { asset: 'XYZ', decimals: 18, price: '1', collateral: '500', lt: 0 }]);
    assert.ok(
      (refLiquidationCall(inert.ref, 0, 1, units('2000', 6)) as { hasNoCollateralLeft: boolean })
        .hasNoCollateralLeft,
    );
    assert.equal(
      liquidate(inert.engine, {}, { version: '3.3' })?.healthFactorAfter,
      Number.POSITIVE_INFINITY,
    );
  });

  test('the average liquidation threshold floors to whole bps (GenericLogic.sol L134-174)', () => {
    // $1,000 at 80.01% + $2,000 at 80% average 8000.33 bps, which the contract floors to 8000: against
    // $2,400.05 of debt HF = 2400/2400.05 < 1 (liquidatable), where the exact average gives 2400.1/2400.05 > 1.
    const { engine, ref } = build([
      { asset: 'WETH', decimals: 18, price: '2000', collateral: '0.5', lt: 8001 },
      { asset: 'WBTC', decimals: 8, price: '100000', collateral: '0.02', lt: 8000 },
      { asset: 'USDC', decimals: 6, price: '1', debt: '2400.05' },
    ]);
    const data = refAccountData(ref);
    assert.equal(data.avgLiquidationThreshold, 8000n);
    const h = accountHealth(engine, {});
    assert.equal(h.averageLiquidationThresholdBps, 8000);
    close(h.healthFactor, Number(data.healthFactor) / 1e18, 1e-12);
    close(h.healthFactor, 2400 / 2400.05, 1e-12);
    assert.ok(liquidate(engine, {}, { version: '3.3' }));
  });

  test('property: the engine repays the most the contract accepts, and the contract accepts it', () => {
    const cents = (min: number, max: number) => fc.integer({ min, max }).map((c) => (c / 100).toFixed(2));
    fc.assert(
      fc.property(
        cents(100_000, 500_000),
        cents(10, 1_500_000),
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 9000, max: 9999 }),
        fc.integer({ min: 5000, max: 9000 }),
        fc.integer({ min: 10100, max: 11500 }),
        fc.integer({ min: 0, max: 5000 }),
        (price, wethUsd, wbtcSats, hf, lt, bonus, fee) => {
          // WETH is seized; WBTC (LT 75%) is other collateral. Health factors from 0.90 to 0.9999 reach both
          // close factors and the dust rule.
          const amount = (Number(wethUsd) / Number(price)).toFixed(9);
          const debt = ((Number(wethUsd) * lt + wbtcSats * 0.001 * 7500) / hf).toFixed(2);
          const { engine, ref } = build([
            { asset: 'WETH', decimals: 18, price, collateral: amount, lt, bonus, fee },
            { asset: 'USDC', decimals: 6, price: '1', debt },
            {
              asset: 'WBTC',
              decimals: 8,
              price: '100000',
              collateral: (wbtcSats / 1e8).toFixed(8),
              lt: 7500,
            },
          ]);
          const l = liquidate(engine, {}, { version: '3.3', collateralAsset: 'WETH' });
          const refHf = Number(refAccountData(ref).healthFactor) / 1e18;
          if (Math.abs(refHf - 1) < 1e-9) return;
          assert.equal(l !== null, refHf < 1);
          if (!l || l.debtToCover < 0.01) return;
          // A call that empties the reserve's debt or collateral passes the most (uint256 max), as liquidators
          // do; a partial one passes the engine's amount, one unit under so rounding cannot tip it.
          const full = l.collateralSeized >= Number(amount) || l.debtToCover >= Number(debt);
          const cover = full ? 2n ** 256n - 1n : toUnits(l.debtToCover, 6) - 1n;
          const accepted = refLiquidationCall(ref, 0, 1, cover);
          assert.ok(accepted.ok, `the contract refuses ${cover}: ${!accepted.ok && accepted.error}`);
          close(fromUnits(accepted.actualDebtToLiquidate, 6), l.debtToCover, 1e-5 + l.debtToCover * 1e-9);
          const more = refLiquidationCall(ref, 0, 1, toUnits(l.debtToCover * 1.001 + 0.01, 6));
          if (more.ok)
            assert.ok(fromUnits(more.actualDebtToLiquidate, 6) <= l.debtToCover * (1 + 1e-9) + 1e-5);
        },
      ),
      { numRuns: 500 },
    );
  });
});
