import type { CollateralHolding, DebtHolding, LendingAccountPosition } from '../../model/lending.ts';

/** A collateral holding with Aave-like defaults, for tests. */
export function coll(
  asset: string,
  amount: number,
  price: number,
  over: Partial<CollateralHolding> = {},
): CollateralHolding {
  return {
    asset,
    amount,
    price,
    liquidationThreshold: 0.825,
    ltv: 0.8,
    liquidationBonus: 1.05,
    liquidationProtocolFee: 0.1,
    emodeCategory: 0,
    debtCeilingUsd: 0,
    ...over,
  };
}

/** A debt holding, for tests. */
export function owe(asset: string, amount: number, price: number): DebtHolding {
  return { asset, amount, price, borrowableInIsolation: true };
}

/** An account, for tests. */
export function account(
  id: string,
  collateral: CollateralHolding[],
  debt: DebtHolding[],
  emodeCategory = 0,
): LendingAccountPosition {
  return { id, emodeCategory, collateral, debt };
}
