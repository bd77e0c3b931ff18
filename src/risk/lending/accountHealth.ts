import type { EmodeCategory } from '../../model/aaveEmode.ts';
import type { CollateralHolding, LendingAccountPosition } from '../../model/lending.ts';

/** USD totals of one account as Aave v3's `GenericLogic.calculateUserAccountData` sees them. */
export type AccountHealth = {
  collateralUsd: number;
  /** Σ collateral × liquidation threshold (e-mode threshold where the category applies). */
  weightedCollateralUsd: number;
  /** Σ collateral × LTV: the borrowing limit. */
  borrowLimitUsd: number;
  debtUsd: number;
  /** Weighted collateral / debt; Infinity with no debt. */
  healthFactor: number;
};

/** Prices to value holdings at, by asset; an asset not in the map keeps the price on its holding. */
export type PriceOverride = ReadonlyMap<string, number>;

/** Whether the account's e-mode category applies to this collateral (same non-zero category). */
function inEmode(account: LendingAccountPosition, holding: CollateralHolding): boolean {
  return account.emodeCategory !== 0 && holding.emodeCategory === account.emodeCategory;
}

/** The liquidation threshold, LTV and bonus that apply to a holding: the e-mode category's when it applies. */
export function effectiveParams(
  account: LendingAccountPosition,
  holding: CollateralHolding,
  categories: Readonly<Record<number, EmodeCategory>>,
): { liquidationThreshold: number; ltv: number; liquidationBonus: number } {
  const category = inEmode(account, holding) ? categories[account.emodeCategory] : undefined;
  return category
    ? {
        liquidationThreshold: category.liquidationThreshold,
        ltv: category.ltv,
        liquidationBonus: category.liquidationBonus,
      }
    : {
        liquidationThreshold: holding.liquidationThreshold,
        ltv: holding.ltv,
        liquidationBonus: holding.liquidationBonus,
      };
}

/**
 * Health factor HF = Σ collateral·LT / debt (MODELS §7, Aave v3 GenericLogic), with e-mode thresholds
 * replacing the asset's where the account's category covers the collateral.
 * @example accountHealth({id:'a', emodeCategory:0, collateral:[20k at LT 0.825, 5k at 0.78], debt:[14k]}, {}).healthFactor // 1.457143
 */
export function accountHealth(
  account: LendingAccountPosition,
  categories: Readonly<Record<number, EmodeCategory>>,
  prices: PriceOverride = new Map(),
): AccountHealth {
  let collateralUsd = 0;
  let weightedCollateralUsd = 0;
  let borrowLimitUsd = 0;
  for (const c of account.collateral) {
    const value = c.amount * (prices.get(c.asset) ?? c.price);
    const p = effectiveParams(account, c, categories);
    collateralUsd += value;
    weightedCollateralUsd += value * p.liquidationThreshold;
    borrowLimitUsd += value * p.ltv;
  }
  let debtUsd = 0;
  for (const d of account.debt) debtUsd += d.amount * (prices.get(d.asset) ?? d.price);
  const healthFactor = debtUsd > 0 ? weightedCollateralUsd / debtUsd : Number.POSITIVE_INFINITY;
  return { collateralUsd, weightedCollateralUsd, borrowLimitUsd, debtUsd, healthFactor };
}
