import type { AaveVersion, PositionBook } from '../../model/lending.ts';
import { accountHealth } from './accountHealth.ts';
import { availableBorrowsUsd, isolatedCollateral } from './borrowRules.ts';
import { liquidate } from './liquidation.ts';

/** One account under Aave v3's rules: health, the liquidation a liquidator can make, room to borrow. */
export type PositionSummary = ReturnType<typeof positionSummary>;

/**
 * The `lending position` document for the first account of a book (asset units for amounts, USD for
 * values): health factor, close factor, the liquidation (or null when HF ≥ 1), borrowing room, isolation.
 * @example positionSummary(readLendingPosition('examples/lending/position.json'), '3.0').healthFactor
 */
export function positionSummary(book: PositionBook, version: AaveVersion) {
  const account = book.accounts[0];
  if (!account) throw new Error('positionSummary: the book has no account');
  const h = accountHealth(account, book.emodeCategories);
  const liq = liquidate(account, book.emodeCategories, { version });
  return {
    healthFactor: h.healthFactor,
    liquidatable: h.healthFactor < 1,
    closeFactor: liq?.closeFactor ?? null,
    liquidation: liq && {
      collateralAsset: liq.collateralAsset,
      debtAsset: liq.debtAsset,
      debtToCover: liq.debtToCover,
      collateralSeized: liq.collateralSeized,
      protocolFee: liq.protocolFee,
      liquidatorReceives: liq.liquidatorReceives,
      healthFactorAfter: liq.healthFactorAfter,
      badDebtUsd: liq.badDebtUsd,
    },
    version,
    collateralUsd: h.collateralUsd,
    debtUsd: h.debtUsd,
    availableBorrowsUsd: availableBorrowsUsd(account, book.emodeCategories),
    isolationMode: isolatedCollateral(account) !== null,
  };
}
