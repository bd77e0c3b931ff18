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
  /** Infinity when no debt is left, as when v3.3 writes the rest off as a deficit. */
  healthFactorAfter: number;
  /**
   * Debt left with no collateral behind it (USD). v3.0 leaves it on the account; v3.3 burns it from
   * every debt reserve as a deficit when the call takes the account's last collateral.
   */
  badDebtUsd: number;
  /** The account after the call (v3.3: with the written-off debt gone). */
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

/** The largest holding by USD value, or the named one; among those that pass `usable`. */
function pick<T extends { asset: string; amount: number; price: number }>(
  all: T[],
  asset?: string,
  usable: (item: T) => boolean = () => true,
): T | undefined {
  const items = all.filter(usable);
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

/** Below one base unit of Aave's USD oracle (8 decimals) a balance counts as zero collateral. */
const BASE_UNIT_USD = 1e-8;

/**
 * One Aave v3 `liquidationCall` on an account with HF < 1, or null when the account is not liquidatable.
 * Seized collateral = debtToCover·P_debt/P_coll × bonus, capped at the balance; protocol fee =
 * (seized − seized/bonus)·fee (MODELS §7); only collateral with a non-zero threshold can be seized
 * (`validateLiquidationCall`). The call repays the most it may. Under v3.3 (aave-v3-origin v3.3.0
 * `LiquidationLogic.executeLiquidationCall`): a call that would leave less than $1,000 of the reserve's
 * debt, or of its collateral after both the liquidator's share and the protocol fee leave, is shrunk to
 * leave exactly $1,000, as a liquidator must to avoid `MUST_NOT_LEAVE_DUST`; and a call that takes the
 * account's last collateral writes all its remaining debt off as a deficit (`hasNoCollateralLeft`,
 * `_burnBadDebt`), leaving no debt and an infinite health factor.
 */
export function liquidate(
  account: LendingAccountPosition,
  categories: Readonly<Record<number, EmodeCategory>>,
  options: LiquidateOptions,
): Liquidation | null {
  const health = accountHealth(account, categories);
  if (!(health.healthFactor < 1)) return null;
  const coll = pick(account.collateral, options.collateralAsset, (c) => c.liquidationThreshold !== 0);
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
  if (options.version === '3.3' && cover < debt.amount && seized < coll.amount) {
    if ((debt.amount - cover) * debt.price < MIN_LEFTOVER_USD)
      cover = debt.amount - MIN_LEFTOVER_USD / debt.price;
    seized = ((cover * debt.price) / coll.price) * bonus;
    if ((coll.amount - seized) * coll.price < MIN_LEFTOVER_USD) {
      seized = coll.amount - MIN_LEFTOVER_USD / coll.price;
      cover = (seized * coll.price) / debt.price / bonus;
    }
    if (cover <= 0) return null;
  }
  const protocolFee = seized * (1 - 1 / bonus) * coll.liquidationProtocolFee;
  const writeOff =
    options.version === '3.3' &&
    seized >= coll.amount &&
    !account.collateral.some(
      (c) => c !== coll && c.liquidationThreshold !== 0 && c.amount * c.price >= BASE_UNIT_USD,
    );
  const repaid: LendingAccountPosition = {
    ...account,
    collateral: account.collateral.map((c) => (c === coll ? { ...c, amount: c.amount - seized } : c)),
    debt: account.debt.map((d) => (d === debt ? { ...d, amount: d.amount - cover } : d)),
  };
  const left = accountHealth(repaid, categories);
  const after = writeOff ? { ...repaid, debt: repaid.debt.map((d) => ({ ...d, amount: 0 })) } : repaid;
  return {
    collateralAsset: coll.asset,
    debtAsset: debt.asset,
    maxLiquidatableDebt,
    closeFactor: factor,
    debtToCover: cover,
    collateralSeized: seized,
    protocolFee,
    liquidatorReceives: seized - protocolFee,
    healthFactorAfter: writeOff ? Number.POSITIVE_INFINITY : left.healthFactor,
    badDebtUsd: writeOff || left.collateralUsd <= 0 ? left.debtUsd : 0,
    after,
  };
}
