// src/sources/defillama/getHistoricalPrices.ts
import { z } from "zod";
var CoinPrice = z.looseObject({
  price: z.number(),
  symbol: z.string().nullish(),
  timestamp: z.number().int(),
  confidence: z.number().nullish(),
  decimals: z.number().nullish()
});
var HistoricalPrices = z.looseObject({ coins: z.record(z.string(), CoinPrice) });
function getHistoricalPrices(coins, ids, unixSeconds, options) {
  return coins.getJson(`/prices/historical/${unixSeconds}/${ids.join(",")}`, HistoricalPrices, options);
}
export {
  CoinPrice,
  HistoricalPrices,
  getHistoricalPrices
};
