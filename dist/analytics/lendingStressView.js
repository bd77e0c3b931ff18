// src/analytics/lendingStressView.ts
import { TOKEN_PEGS } from "../model/tokenPegs.js";
import { bookAssets } from "../risk/lending/bookAssets.js";
import { runStress } from "../risk/lending/liquidationCascade.js";
import { shockScenario } from "../risk/lending/shockScenario.js";
import { valueAtRisk } from "../risk/lending/valueAtRisk.js";
import { aaveTopBorrowersBook } from "./aaveTopBorrowersBook.js";
import { lendingShockModel } from "./lendingShockModel.js";
var REPORT_VAR = { paths: 1e4, seed: 1 };
async function lendingStressView(store, market) {
  const book = await aaveTopBorrowersBook(store, market);
  const assets = bookAssets(book);
  const lsts = assets.filter(
    (a) => TOKEN_PEGS[a.toUpperCase()] === "ETH" && !["ETH", "WETH"].includes(a.toUpperCase())
  );
  const depeg = (x) => Object.fromEntries(lsts.map((a) => [a, x]));
  const scenarios = [
    shockScenario("ETH \u221220%", { WETH: -0.2 }, assets),
    shockScenario("ETH \u221240%", { WETH: -0.4 }, assets),
    shockScenario(`LST depeg 5% (${lsts.join(", ")})`, {}, assets, depeg(0.05)),
    shockScenario(`LST depeg 10% (${lsts.join(", ")})`, {}, assets, depeg(0.1))
  ];
  const { model, assumptions } = await lendingShockModel(store, assets);
  const risk = await valueAtRisk(book, model, { ...REPORT_VAR, version: "3.3", workers: 1 });
  return {
    results: scenarios.map((s) => runStress(book, s, "3.3")),
    risk: { ...risk, seed: REPORT_VAR.seed },
    assumptions: [
      ...book.assumptions,
      "Seized collateral is sold at the oracle price (no pool given): cascades through DEX price impact are not in these rows; `faultline lending stress --scenario` adds them.",
      ...assumptions
    ]
  };
}
export {
  REPORT_VAR,
  lendingStressView
};
