// src/risk/lending/liquidation.ts
import { accountHealth, effectiveParams } from "./accountHealth.js";
var CLOSE_FACTOR_HF_THRESHOLD = 0.95;
var MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD = 2e3;
var MIN_LEFTOVER_USD = MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD / 2;
function closeFactor(version, healthFactor, reserveCollateralUsd, reserveDebtUsd) {
  if (healthFactor <= CLOSE_FACTOR_HF_THRESHOLD) return 1;
  if (version === "3.0") return 0.5;
  const small = reserveCollateralUsd < MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD || reserveDebtUsd < MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD;
  return small ? 1 : 0.5;
}
function pick(items, asset) {
  if (asset !== void 0) return items.find((i) => i.asset === asset);
  return items.reduce(
    (best, i) => !best || i.amount * i.price > best.amount * best.price ? i : best,
    void 0
  );
}
function liquidate(account, categories, options) {
  const health = accountHealth(account, categories);
  if (!(health.healthFactor < 1)) return null;
  const coll = pick(account.collateral, options.collateralAsset);
  const debt = pick(account.debt, options.debtAsset);
  if (!coll || !debt || coll.amount <= 0 || debt.amount <= 0) return null;
  const bonus = effectiveParams(account, coll, categories).liquidationBonus;
  const reserveDebtUsd = debt.amount * debt.price;
  const factor = closeFactor(options.version, health.healthFactor, coll.amount * coll.price, reserveDebtUsd);
  const maxLiquidatableDebt = options.version === "3.3" && factor < 1 ? Math.min(debt.amount, health.debtUsd * factor / debt.price) : debt.amount * factor;
  let cover = maxLiquidatableDebt;
  let seized = cover * debt.price / coll.price * bonus;
  if (seized > coll.amount) {
    seized = coll.amount;
    cover = coll.amount * coll.price / debt.price / bonus;
  }
  const feeShare = (1 - 1 / bonus) * coll.liquidationProtocolFee;
  if (options.version === "3.3" && cover < debt.amount && seized < coll.amount) {
    if ((debt.amount - cover) * debt.price < MIN_LEFTOVER_USD)
      cover = debt.amount - MIN_LEFTOVER_USD / debt.price;
    seized = cover * debt.price / coll.price * bonus;
    const leftoverCollateral = coll.amount - seized * (1 - feeShare);
    if (leftoverCollateral * coll.price < MIN_LEFTOVER_USD) {
      seized = (coll.amount - MIN_LEFTOVER_USD / coll.price) / (1 - feeShare);
      cover = seized * coll.price / debt.price / bonus;
    }
    if (cover <= 0) return null;
  }
  const protocolFee = seized * feeShare;
  const after = {
    ...account,
    collateral: account.collateral.map((c) => c === coll ? { ...c, amount: c.amount - seized } : c),
    debt: account.debt.map((d) => d === debt ? { ...d, amount: d.amount - cover } : d)
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
    after
  };
}
export {
  CLOSE_FACTOR_HF_THRESHOLD,
  MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD,
  MIN_LEFTOVER_USD,
  closeFactor,
  liquidate
};
