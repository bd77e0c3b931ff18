import type { EmodeCategory } from '../../model/aaveEmode.ts';
import type { AaveVersion, LendingAccountPosition } from '../../model/lending.ts';
import { accountHealth, effectiveParams } from './accountHealth.ts';

/** Below this health factor the whole debt may be repaid (Aave v3 `CLOSE_FACTOR_HF_THRESHOLD`). */
export const CLOSE_FACTOR_HF_THRESHOLD = 0.95;
/** v3.3: below this much collateral or debt (USD) in the reserve, the close factor is 100%. */
export const MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD = 2000;
/** v3.3: a partial liquidation must leave at least this much debt and collateral (USD). */
export const MIN_LEFTOVER_USD = MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD / 2;

/** What one liquidation call does; amounts in asset units (debt asset for debt, collateral asset for collateral). */
export type Liquidation = {
  collateralAsset: string;
  debtAsset: string;
  /** The most debt of this reserve the call may repay, asset units. */
  maxLiquidatableDebt: number;
  /** The close factor the call ran under (0.5 or 1). */
  closeFactor: number;
  debtToCover: number;
  /** Collateral leaving the account: the liquidator's part plus the protocol fee. */
  collateralSeized: number;
  protocolFee: number;
  liquidatorReceives: number;
  healthFactorAfter: number;
  /** Debt left with no collateral behind it (USD); v3.3 burns it as a deficit. */
  badDebtUsd: number;
  /** The account after the call. */
  after: LendingAccountPosition;
};

/**
 * The close factor as a fraction: v3.0 gives 50% of the reserve's debt when HF > 0.95, else 100%;
 * v3.3 gives 50% of the whole position's debt when HF > 0.95 and the reserve's collateral and debt are
 * both at least $2,000, else 100% (aave-v3-core / aave-v3-origin `LiquidationLogic`).
 */
export function closeFactor(
  version: AaveVersion,
  healthFactor: number,
  reserveCollateralUsd: number,
  reserveDebtUsd: number,
): number {
  if (healthFactor <= CLOSE_FACTOR_HF_THRESHOLD) return 1;
  if (version === '3.0') return 0.5;
  const small =
    reserveCollateralUsd < MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD ||
    reserveDebtUsd < MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD;
  return small ? 1 : 0.5;
}

/** The largest holding by USD value, or the named one. */
function pick<T extends { asset: string; amount: number; price: number }>(
  items: T[],
  asset?: string,
): T | undefined {
  if (asset !== undefined) return items.find((i) => i.asset === asset);
  return items.reduce<T | undefined>(
    (best, i) => (!best || i.amount * i.price > best.amount * best.price ? i : best),
    undefined,
  );
}

export type LiquidateOptions = {
  version: AaveVersion;
  /** Collateral to seize; default the largest by value. */
  collateralAsset?: string;
  /** Debt to repay; default the largest by value. */
  debtAsset?: string;
};

/**
 * One Aave v3 `liquidationCall` on an account with HF < 1, or null when the account is not liquidatable.
 * Seized collateral = debtToCover·P_debt/P_coll × bonus, capped at the balance; protocol fee =
 * (seized − seized/bonus)·fee (MODELS §7). The call repays the most it may; under v3.3 a call that would
 * leave less than $1,000 of debt or collateral is shrunk to leave exactly $1,000, as a liquidator must to
 * avoid `MUST_NOT_LEAVE_DUST`.
 */
export function liquidate(
  account: LendingAccountPosition,
  categories: Readonly<Record<number, EmodeCategory>>,
  options: LiquidateOptions,
): Liquidation | null {
  const health = accountHealth(account, categories);
  if (!(health.healthFactor < 1)) return null;
  const coll = pick(account.collateral, options.collateralAsset);
  const debt = pick(account.debt, options.debtAsset);
  if (!coll || !debt || coll.amount <= 0 || debt.amount <= 0) return null;
  const bonus = effectiveParams(account, coll, categories).liquidationBonus;
  const reserveDebtUsd = debt.amount * debt.price;
  const factor = closeFactor(options.version, health.healthFactor, coll.amount * coll.price, reserveDebtUsd);
  const maxLiquidatableDebt =
    options.version === '3.3' && factor < 1
      ? Math.min(debt.amount, (health.debtUsd * factor) / debt.price)
      : debt.amount * factor;
  let cover = maxLiquidatableDebt;
  let seized = ((cover * debt.price) / coll.price) * bonus;
  if (seized > coll.amount) {
    seized = coll.amount;
    cover = (coll.amount * coll.price) / debt.price / bonus;
  }
  const feeShare = (1 - 1 / bonus) * coll.liquidationProtocolFee;
  if (options.version === '3.3' && cover < debt.amount && seized < coll.amount) {
    if ((debt.amount - cover) * debt.price < MIN_LEFTOVER_USD)
      cover = debt.amount - MIN_LEFTOVER_USD / debt.price;
    seized = ((cover * debt.price) / coll.price) * bonus;
    const leftoverCollateral = coll.amount - seized * (1 - feeShare);
    if (leftoverCollateral * coll.price < MIN_LEFTOVER_USD) {
      seized = (coll.amount - MIN_LEFTOVER_USD / coll.price) / (1 - feeShare);
      cover = (seized * coll.price) / debt.price / bonus;
    }
    if (cover <= 0) return null;
  }
  const protocolFee = seized * feeShare;
  const after: LendingAccountPosition = {
    ...account,
    collateral: account.collateral.map((c) => (c === coll ? { ...c, amount: c.amount - seized } : c)),
    debt: account.debt.map((d) => (d === debt ? { ...d, amount: d.amount - cover } : d)),
  };
  const afterHealth = accountHealth(after, categories);
  return {
    collateralAsset: coll.asset,
    debtAsset: debt.asset,
    maxLiquidatableDebt,
    closeFactor: factor,
    debtToCover: cover,
    collateralSeized: seized,
    protocolFee,
    liquidatorReceives: seized - protocolFee,
    healthFactorAfter: afterHealth.healthFactor,
    badDebtUsd: afterHealth.collateralUsd <= 0 ? afterHealth.debtUsd : 0,
    after,
  };
}
