// src/risk/lending/borrowRules.ts
import { accountHealth } from "./accountHealth.js";
function isolatedCollateral(account) {
  return account.collateral.find((c) => c.debtCeilingUsd > 0 && c.amount > 0) ?? null;
}
function availableBorrowsUsd(account, categories) {
  const h = accountHealth(account, categories);
  return Math.max(0, h.borrowLimitUsd - h.debtUsd);
}
function borrowRefusals(account, categories, reserve, amount, isolatedReserve) {
  const refusals = [];
  if (reserve.borrowCap > 0 && reserve.totalBorrowed + amount > reserve.borrowCap)
    refusals.push("BORROW_CAP_EXCEEDED");
  const isolated = isolatedCollateral(account);
  if (isolated) {
    if (!reserve.borrowableInIsolation) refusals.push("ASSET_NOT_BORROWABLE_IN_ISOLATION");
    const already = isolatedReserve?.isolationModeTotalDebtUsd ?? 0;
    if (already + amount * reserve.price > isolated.debtCeilingUsd) refusals.push("DEBT_CEILING_EXCEEDED");
  }
  const h = accountHealth(account, categories);
  if (h.healthFactor < 1) refusals.push("HEALTH_FACTOR_LOWER_THAN_LIQUIDATION_THRESHOLD");
  if (h.debtUsd + amount * reserve.price > h.borrowLimitUsd)
    refusals.push("COLLATERAL_CANNOT_COVER_NEW_BORROW");
  return refusals;
}
function supplyRefusals(reserve, amount) {
  return reserve.supplyCap > 0 && reserve.totalSupplied + amount > reserve.supplyCap ? ["SUPPLY_CAP_EXCEEDED"] : [];
}
export {
  availableBorrowsUsd,
  borrowRefusals,
  isolatedCollateral,
  supplyRefusals
};
