// src/analytics/lendingValueAtRisk.ts
import { bookAssets } from "../risk/lending/bookAssets.js";
import { valueAtRisk } from "../risk/lending/valueAtRisk.js";
import { lendingShockModel } from "./lendingShockModel.js";
async function lendingValueAtRisk(store, book, options, overrides) {
  const { model, assumptions } = await lendingShockModel(store, bookAssets(book), overrides);
  const risk = await valueAtRisk(book, model, options);
  return {
    ...risk,
    seed: options.seed,
    version: options.version,
    unit: "USD",
    horizonDays: 1,
    accounts: book.accounts.length,
    volatilities: Object.fromEntries(model.assets.map((a, i) => [a, model.dailyVolatility[i]])),
    assumptions: [...book.assumptions, ...assumptions]
  };
}
export {
  lendingValueAtRisk
};
