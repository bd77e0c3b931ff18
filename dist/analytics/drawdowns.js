// src/analytics/drawdowns.ts
import { drawdownTable } from "./drawdownTable.js";
import { splitFlows } from "./inflows.js";
import { pegPrice } from "./pegPrice.js";
async function drawdowns(ctx, request) {
  const [peaks, balances, eth, btc] = await Promise.all([
    ctx.store.protocolPeaks(request.asOf),
    ctx.store.tokenBalances(),
    ctx.store.dailyPrices("ETH"),
    ctx.store.dailyPrices("BTC")
  ]);
  const price = pegPrice(eth, btc);
  const byProtocol = /* @__PURE__ */ new Map();
  for (const b of balances) {
    if (request.asOf !== null && b.day > request.asOf) continue;
    const own = byProtocol.get(b.protocol) ?? [];
    own.push(b);
    byProtocol.set(b.protocol, own);
  }
  return drawdownTable(ctx, peaks, request.unit, request.minPeakUsd, (key, peak) => {
    const own = byProtocol.get(key);
    return own ? splitFlows(own, price, peak.peakUsdDay, peak.latestDay, 1.5 * peak.peakUsd) : null;
  });
}
export {
  drawdowns
};
