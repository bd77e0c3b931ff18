import type { EmodeCategory } from '../../model/aaveEmode.ts';
import type { LendingAccountPosition } from '../../model/lending.ts';
import { accountHealth } from './accountHealth.ts';

/** Reserve-wide state the caps and the debt ceiling are checked against; amounts in asset units, 0 cap = none. */
export type ReserveState = {
  asset: string;
  price: number;
  supplyCap: number;
  borrowCap: number;
  totalSupplied: number;
  totalBorrowed: number;
  borrowableInIsolation: boolean;
  /** Debt already borrowed against this asset as isolated collateral (USD). */
  isolationModeTotalDebtUsd: number;
};

/** Aave v3 `Errors` names a borrow or supply can fail with. */
export type BorrowRefusal =
  | 'BORROW_CAP_EXCEEDED'
  | 'SUPPLY_CAP_EXCEEDED'
  | 'ASSET_NOT_BORROWABLE_IN_ISOLATION'
  | 'DEBT_CEILING_EXCEEDED'
  | 'HEALTH_FACTOR_LOWER_THAN_LIQUIDATION_THRESHOLD'
  | 'COLLATERAL_CANNOT_COVER_NEW_BORROW';

/** The isolated collateral an account borrows against, or null when it is not in isolation mode. */
export function isolatedCollateral(account: LendingAccountPosition) {
  return account.collateral.find((c) => c.debtCeilingUsd > 0 && c.amount > 0) ?? null;
}

/** Room to borrow in USD: Σ collateral·LTV − debt, never below 0 (Aave `calculateAvailableBorrows`). */
export function availableBorrowsUsd(
  account: LendingAccountPosition,
  categories: Readonly<Record<number, EmodeCategory>>,
): number {
  const h = accountHealth(account, categories);
  return Math.max(0, h.borrowLimitUsd - h.debtUsd);
}

/**
 * Why Aave v3's `ValidationLogic.validateBorrow` would refuse borrowing `amount` of `reserve`
 * (empty = allowed): the borrow cap, isolation mode (borrowable asset and debt ceiling), a health factor
 * already below 1, and the LTV limit.
 */
export function borrowRefusals(
  account: LendingAccountPosition,
  categories: Readonly<Record<number, EmodeCategory>>,
  reserve: ReserveState,
  amount: number,
  isolatedReserve?: ReserveState,
): BorrowRefusal[] {
  const refusals: BorrowRefusal[] = [];
  if (reserve.borrowCap > 0 && reserve.totalBorrowed + amount > reserve.borrowCap)
    refusals.push('BORROW_CAP_EXCEEDED');
  const isolated = isolatedCollateral(account);
  if (isolated) {
    if (!reserve.borrowableInIsolation) refusals.push('ASSET_NOT_BORROWABLE_IN_ISOLATION');
    const already = isolatedReserve?.isolationModeTotalDebtUsd ?? 0;
    if (already + amount * reserve.price > isolated.debtCeilingUsd) refusals.push('DEBT_CEILING_EXCEEDED');
  }
  const h = accountHealth(account, categories);
  if (h.healthFactor < 1) refusals.push('HEALTH_FACTOR_LOWER_THAN_LIQUIDATION_THRESHOLD');
  if (h.debtUsd + amount * reserve.price > h.borrowLimitUsd)
    refusals.push('COLLATERAL_CANNOT_COVER_NEW_BORROW');
  return refusals;
}

/** Why a supply of `amount` would be refused: only the supply cap. */
export function supplyRefusals(reserve: ReserveState, amount: number): BorrowRefusal[] {
  return reserve.supplyCap > 0 && reserve.totalSupplied + amount > reserve.supplyCap
    ? ['SUPPLY_CAP_EXCEEDED']
    : [];
}
