// src/risk/lending/positionSummary.ts
import { accountHealth } from "./accountHealth.js";
import { availableBorrowsUsd, isolatedCollateral } from "./borrowRules.js";
import { liquidate } from "./liquidation.js";
function positionSummary(book, version) {
  const account = book.accounts[0];
  if (!account) throw new Error("positionSummary: the book has no account");
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
      badDebtUsd: liq.badDebtUsd
    },
    version,
    collateralUsd: h.collateralUsd,
    debtUsd: h.debtUsd,
    availableBorrowsUsd: availableBorrowsUsd(account, book.emodeCategories),
    isolationMode: isolatedCollateral(account) !== null
  };
}
export {
  positionSummary
};
