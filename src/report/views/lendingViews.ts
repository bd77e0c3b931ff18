import type { LendingPositionResult } from '../../app/lending/lendingPosition.ts';
import type { LendingRatesResult } from '../../app/lending/lendingRates.ts';
import type { LendingSlippageResult } from '../../app/lending/lendingSlippage.ts';
import { column, type View } from '../view.ts';

const measure = [column('', 'text', 'measure'), column('value', 'text')];

/** One account: health factor, the liquidation a liquidator can make, and the health factor after it. */
export function lendingPositionView(d: LendingPositionResult): View {
  const hf = d.healthFactor === null ? '∞ (no debt)' : d.healthFactor.toFixed(6);
  const l = d.liquidation;
  const rows: [string, string][] = [
    ['health factor', hf],
    ['collateral (USD)', d.collateralUsd.toFixed(2)],
    ['debt (USD)', d.debtUsd.toFixed(2)],
    ['available to borrow (USD)', d.availableBorrowsUsd.toFixed(2)],
    ['isolation mode', d.isolationMode ? 'yes' : 'no'],
  ];
  if (l)
    rows.push(
      ['close factor', `${((d.closeFactor ?? 0) * 100).toFixed(0)}%`],
      ['repay', `${l.debtToCover.toFixed(6)} ${l.debtAsset}`],
      ['seize (protocol fee included)', `${l.collateralSeized.toFixed(6)} ${l.collateralAsset}`],
      ['protocol fee', `${l.protocolFee.toFixed(7)} ${l.collateralAsset}`],
      ['liquidator receives', `${l.liquidatorReceives.toFixed(6)} ${l.collateralAsset}`],
      ['health factor after', l.healthFactorAfter === null ? '∞' : l.healthFactorAfter.toFixed(6)],
      ['bad debt left (USD)', l.badDebtUsd.toFixed(2)],
    );
  return {
    id: 'lending-position',
    title: `One account under Aave v${d.version} rules`,
    lines: [`health factor ${hf}: ${d.liquidatable ? 'liquidatable' : 'not liquidatable'}`],
    tables: [{ columns: measure, rows }],
    notes: [],
  };
}

/** Aave v3's borrow and supply rates at a utilisation, with the model they come from. */
export function lendingRatesView(d: LendingRatesResult): View {
  return {
    id: 'lending-rates',
    title: 'Aave v3 interest-rate model',
    lines: [
      `borrow ${(d.borrowRate * 100).toFixed(4)}% a year, supply ${(d.supplyRate * 100).toFixed(4)}% a year at utilisation ${(d.utilization * 100).toFixed(2)}%`,
    ],
    tables: [
      {
        columns: [column('rate', 'text'), column('per year', 'fraction', 'per_year', 4)],
        rows: [
          ['borrow', d.borrowRate],
          ['supply', d.supplyRate],
        ],
      },
    ],
    notes: [
      `model: base ${d.model.baseRate}, slope1 ${d.model.slope1}, slope2 ${d.model.slope2}, optimal utilisation ${d.model.optimalUtilization}, reserve factor ${d.model.reserveFactor}`,
    ],
  };
}

/** Liquidation slippage: the loss on this sale and the largest sale the bonus still pays for. */
export function lendingSlippageView(d: LendingSlippageResult): View {
  return {
    id: 'lending-slippage',
    title: 'Selling seized collateral into a constant-product pool',
    lines: [
      `selling ${d.sell} into a pool of ${d.reserve} loses ${(d.loss * 100).toFixed(4)}%; with a ${(d.bonus * 100).toFixed(2)}% bonus the largest profitable sale is ${d.maxProfitableSize.toFixed(4)} (${d.profitable ? 'this one is profitable' : 'this one is not'})`,
    ],
    tables: [
      {
        columns: [column('', 'text', 'measure'), column('value', 'number', 'value', 6)],
        rows: [
          ['loss (fraction)', d.loss],
          ['largest profitable sale (asset units)', d.maxProfitableSize],
        ],
      },
    ],
    notes: [`pool fee ${(d.fee * 100).toFixed(2)}%`],
  };
}
