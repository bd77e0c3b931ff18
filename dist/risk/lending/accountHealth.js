// src/risk/lending/accountHealth.ts
function inEmode(account, holding) {
  return account.emodeCategory !== 0 && holding.emodeCategory === account.emodeCategory;
}
function effectiveParams(account, holding, categories) {
  const category = inEmode(account, holding) ? categories[account.emodeCategory] : void 0;
  return category ? {
    liquidationThreshold: category.liquidationThreshold,
    ltv: category.ltv,
    liquidationBonus: category.liquidationBonus
  } : {
    liquidationThreshold: holding.liquidationThreshold,
    ltv: holding.ltv,
    liquidationBonus: holding.liquidationBonus
  };
}
function accountHealth(account, categories, prices = /* @__PURE__ */ new Map()) {
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
export {
  accountHealth,
  effectiveParams
};
