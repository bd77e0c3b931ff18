import type { EmodeCategory } from '../../model/aaveEmode.ts';
import type { CollateralHolding, LendingAccountPosition } from '../../model/lending.ts';

/** USD totals of one account as Aave v3's `GenericLogic.calculateUserAccountData` sees them. */
export type AccountHealth = {
  /** Every collateral holding at its price, including those Aave does not count (threshold 0). */
  collateralUsd: number;
  /** Collateral with a non-zero liquidation threshold: Aave's `totalCollateralInBaseCurrency`. */
  enabledCollateralUsd: number;
  /** Average liquidation threshold in whole basis points, floored as Aave's integer division floors it. */
  averageLiquidationThresholdBps: number;
  /** Enabled collateral × the average threshold (e-mode threshold where the category applies). */
  weightedCollateralUsd: number;
  /** Enabled collateral × the average LTV, floored to whole bps likewise: the borrowing limit. */
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

/** Basis points per unit: Aave's `PercentageMath.PERCENTAGE_FACTOR`. */
const BPS = 10_000;

/** A weighted average in whole bps, floored; the small slack keeps a float just under a whole number on it. */
const floorBps = (weighted: number, total: number) => (total > 0 ? Math.floor(weighted / total + 1e-9) : 0);

/**
 * Health factor HF = C·⌊Σ Coll_i·LT_i / C⌋ / debt with C the collateral whose reserve threshold is not
 * zero and thresholds in whole bps (MODELS §7; aave-v3-core and aave-v3-origin v3.3.0
 * `GenericLogic.calculateUserAccountData`: the average threshold and LTV are integer divisions, so they
 * floor to whole bps before `percentMul`). E-mode thresholds replace the asset's where the account's
 * category covers the collateral; an LTV of 0 adds nothing to the borrowing limit, as in Aave.
 * @example accountHealth({id:'a', emodeCategory:0, collateral:[20k at LT 0.825, 5k at 0.78], debt:[14k]}, {}).healthFactor // 1.457143
 */
export function accountHealth(
  account: LendingAccountPosition,
  categories: Readonly<Record<number, EmodeCategory>>,
  prices: PriceOverride = new Map(),
): AccountHealth {
  let collateralUsd = 0;
  let enabledCollateralUsd = 0;
  let thresholdSum = 0;
  let ltvSum = 0;
  for (const c of account.collateral) {
    const value = c.amount * (prices.get(c.asset) ?? c.price);
    collateralUsd += value;
    if (c.liquidationThreshold === 0) continue;
    const p = effectiveParams(account, c, categories);
    enabledCollateralUsd += value;
    thresholdSum += value * Math.round(p.liquidationThreshold * BPS);
    if (c.ltv !== 0) ltvSum += value * Math.round(p.ltv * BPS);
  }
  let debtUsd = 0;
  for (const d of account.debt) debtUsd += d.amount * (prices.get(d.asset) ?? d.price);
  const averageLiquidationThresholdBps = floorBps(thresholdSum, enabledCollateralUsd);
  const weightedCollateralUsd = (enabledCollateralUsd * averageLiquidationThresholdBps) / BPS;
  const borrowLimitUsd = (enabledCollateralUsd * floorBps(ltvSum, enabledCollateralUsd)) / BPS;
  const healthFactor = debtUsd > 0 ? weightedCollateralUsd / debtUsd : Number.POSITIVE_INFINITY;
  return {
    collateralUsd,
    enabledCollateralUsd,
    averageLiquidationThresholdBps,
    weightedCollateralUsd,
    borrowLimitUsd,
    debtUsd,
    healthFactor,
  };
}
