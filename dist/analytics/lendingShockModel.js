// src/analytics/lendingShockModel.ts
import { TOKEN_PEGS } from "../model/tokenPegs.js";
var MORE_USD_STABLES = /* @__PURE__ */ new Set(["GHO", "PYUSD", "RLUSD", "USDS", "USDTB", "LUSD", "CRVUSD", "SUSDE"]);
var SAME_PEG_CORRELATION = 0.99;
var WINDOW = 90;
function logReturns(points) {
  const out = /* @__PURE__ */ new Map();
  const recent = points.slice(-(WINDOW + 1));
  for (let i = 1; i < recent.length; i++) {
    const a = recent[i - 1];
    const b = recent[i];
    if (a.value > 0 && b.value > 0) out.set(b.day, Math.log(b.value / a.value));
  }
  return out;
}
function stdev(xs) {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
}
function pegOf(symbol, volatile) {
  const upper = symbol.toUpperCase();
  const peg = TOKEN_PEGS[upper];
  if (peg) return peg;
  if (MORE_USD_STABLES.has(upper)) return "USD";
  if (volatile.has(upper) && upper.endsWith("ETH")) return "ETH";
  return upper;
}
async function lendingShockModel(store, assets, overrides = {}) {
  const table = new Map(
    (await store.assetVolatilities()).map((v) => [v.symbol.toUpperCase(), v.dailyVolatility])
  );
  const eth = logReturns(await store.dailyPrices("ETH"));
  const btc = logReturns(await store.dailyPrices("BTC"));
  const days = [...eth.keys()].filter((d) => btc.has(d));
  const e = days.map((d) => eth.get(d));
  const b = days.map((d) => btc.get(d));
  const btcVol = b.length > 2 ? stdev(b) : Number.NaN;
  let rho = 0.8;
  if (days.length > 2) {
    const me = e.reduce((s, x) => s + x, 0) / e.length;
    const mb = b.reduce((s, x) => s + x, 0) / b.length;
    const cov = e.reduce((s, x, i) => s + (x - me) * (b[i] - mb), 0) / (e.length - 1);
    rho = cov / (stdev(e) * stdev(b));
  }
  const largest = Math.max(...table.values());
  const assumptions = [];
  const volatile = new Set(table.keys());
  const pegs = assets.map((a) => pegOf(a, volatile));
  const dailyVolatility = assets.map((asset, i) => {
    const upper = asset.toUpperCase();
    const override = overrides[asset] ?? overrides[upper];
    if (override !== void 0) return override;
    const known = table.get(upper) ?? (pegs[i] === "ETH" ? table.get("WETH") : void 0);
    if (known !== void 0) return known;
    if (pegs[i] === "USD") return 0;
    if (pegs[i] === "BTC" && Number.isFinite(btcVol)) {
      assumptions.push(
        `${asset}: BTC's realised daily volatility over the last ${WINDOW} days of stored prices, ${(btcVol * 100).toFixed(2)}%.`
      );
      return btcVol;
    }
    assumptions.push(
      `${asset}: no volatility in the data; the largest known, ${(largest * 100).toFixed(2)}% a day, is assumed.`
    );
    return largest;
  });
  const still = assets.filter((_, i) => dailyVolatility[i] === 0);
  if (still.length)
    assumptions.push(`Held still (dollar stablecoins; depegs are separate scenarios): ${still.join(", ")}.`);
  assumptions.push(
    `Correlation ${SAME_PEG_CORRELATION} between assets on one peg; ${rho.toFixed(3)} (ETH\u2013BTC daily log returns, last ${days.length} days of stored prices) between any other two.`
  );
  const correlation = assets.map(
    (_, i) => assets.map((_2, j) => {
      if (i === j) return 1;
      if (dailyVolatility[i] === 0 || dailyVolatility[j] === 0) return 0;
      return pegs[i] === pegs[j] ? SAME_PEG_CORRELATION : rho;
    })
  );
  return { model: { assets: [...assets], dailyVolatility, correlation }, assumptions };
}
export {
  lendingShockModel
};
