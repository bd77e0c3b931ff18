// src/analytics/aaveTopBorrowersBook.ts
import { ValidationError } from "../core/errors.js";
import { EMODE_CATEGORIES } from "../model/aaveEmode.js";
var ASSUMED_LST = "weETH";
var PROTOCOL_FEE = 0.1;
async function aaveTopBorrowersBook(store, market) {
  const accounts = await store.lendingAccounts(market);
  if (accounts.length === 0)
    throw new ValidationError(`no accounts stored for ${market}: run faultline import first`, {
      source: market
    });
  const positions = await store.lendingDebtPositions(market);
  const reserves = await store.lendingDebtReserves(market);
  const vols = new Map((await store.assetVolatilities()).map((v) => [v.symbol, v.priceUsd]));
  const categories = EMODE_CATEGORIES[market] ?? {};
  const wethPrice = [...positions.values()].find((p) => p.symbol === "WETH")?.priceUsd ?? vols.get("WETH");
  const lstPrice = vols.get(ASSUMED_LST);
  if (wethPrice === void 0 || lstPrice === void 0)
    throw new ValidationError(`no WETH or ${ASSUMED_LST} price stored for ${market}`, { source: market });
  let emodeAccounts = 0;
  const book = accounts.map((a) => {
    const debt = positions.get(a.account);
    const reserve = reserves.get(a.account);
    const debtHoldings = debt && a.debtUsd > 0 ? [
      {
        asset: debt.symbol,
        amount: a.debtUsd / debt.priceUsd,
        price: debt.priceUsd,
        borrowableInIsolation: true
      }
    ] : [];
    const emode = reserve?.emodeCategory ?? 0;
    const implied = a.debtUsd > 0 && a.collateralUsd > 0 ? a.healthFactor * a.debtUsd / a.collateralUsd : 0;
    const threshold = Math.min(0.95, Math.max(0.01, implied));
    if (a.collateralUsd <= 0) return { id: a.account, emodeCategory: 0, collateral: [], debt: debtHoldings };
    const category = emode !== 0 ? categories[emode] : void 0;
    if (category) emodeAccounts++;
    const [asset, price] = category ? [ASSUMED_LST, lstPrice] : ["WETH", wethPrice];
    return {
      id: a.account,
      emodeCategory: category ? emode : 0,
      collateral: [
        {
          asset,
          amount: a.collateralUsd / price,
          price,
          liquidationThreshold: threshold,
          ltv: threshold,
          liquidationBonus: category ? category.liquidationBonus : 1.05,
          liquidationProtocolFee: PROTOCOL_FEE,
          emodeCategory: category ? emode : 0,
          debtCeilingUsd: 0
        }
      ],
      debt: debtHoldings
    };
  });
  return {
    accounts: book,
    emodeCategories: categories,
    assumptions: [
      "The dataset gives each account its total debt and collateral in USD and only its largest debt position: all debt is assumed to sit in that asset.",
      `Collateral mix not in the data: the ${emodeAccounts} accounts with e-mode-eligible (ETH-correlated) debt are assumed to hold ${ASSUMED_LST} in e-mode (LT 95%, bonus 1%); the others to hold WETH at the threshold their reported health factor implies (HF \xD7 debt / collateral, bonus 5%).`,
      "Liquidation protocol fee 10% of the bonus, as on Aave v3 Ethereum WETH and weETH."
    ]
  };
}
export {
  ASSUMED_LST,
  aaveTopBorrowersBook
};
