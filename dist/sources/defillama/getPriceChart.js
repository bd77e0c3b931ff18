// src/sources/defillama/getPriceChart.ts
import { z } from "zod";
var PriceChart = z.looseObject({
  coins: z.record(
    z.string(),
    z.looseObject({
      symbol: z.string().nullish(),
      confidence: z.number().nullish(),
      prices: z.array(z.looseObject({ timestamp: z.number().int(), price: z.number() }))
    })
  )
});
function getPriceChart(coins, ids, startSeconds, spanDays, options) {
  return coins.getJson(`/chart/${ids.join(",")}`, PriceChart, {
    ...options,
    query: { start: startSeconds, span: spanDays, period: "1d", searchWidth: "600" }
  });
}
export {
  PriceChart,
  getPriceChart
};
