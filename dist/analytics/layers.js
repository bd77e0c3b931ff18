// src/analytics/layers.ts
import { lastDayOfMonth } from "../core/day.js";
import { btcSupplyOn } from "../model/bitcoinSupply.js";
import { BTC_WRAPPERS } from "./btcStakingConcentration.js";
import { l2ShareByMonth } from "./l2Share.js";
async function ethereumLayers(ctx, from, to) {
  return l2ShareByMonth(await ctx.store.chainMonthEnds(to)).filter(
    (m) => from === null || m.month >= from.slice(0, 7)
  );
}
async function bitcoinLayers(ctx, from, to) {
  const months = bitcoinMonths(await ctx.store.btcStakingMonthly(to)).filter(
    (m) => from === null || m.month >= from.slice(0, 7)
  );
  const profiles = await ctx.store.btcLayerProfiles();
  const asOf = (await ctx.store.coverage("bitcoinlayers/layers", [{ table: "btc_layer_profiles", dayColumn: "as_of" }])).lastDay;
  return {
    months,
    layers: asOf !== null && (to === null || asOf <= to) ? layersSnapshot(profiles, asOf) : null
  };
}
function bitcoinMonths(rows) {
  const byMonth = /* @__PURE__ */ new Map();
  for (const r of rows) {
    if (BTC_WRAPPERS.has(r.protocol)) continue;
    const products = byMonth.get(r.month) ?? {};
    products[r.protocol] = (products[r.protocol] ?? 0) + r.tvlBtc;
    byMonth.set(r.month, products);
  }
  return [...byMonth.keys()].sort().map((month) => {
    const byProduct = byMonth.get(month);
    const stakedBtc = Object.values(byProduct).reduce((a, b) => a + b, 0);
    const circulatingBtc = btcSupplyOn(lastDayOfMonth(month));
    return { month, byProduct, stakedBtc, circulatingBtc, penetration: stakedBtc / circulatingBtc };
  });
}
function layersSnapshot(profiles, asOf) {
  const locked = profiles.filter((p) => p.btcLocked !== null && p.btcLocked > 0);
  const btcLocked = locked.reduce((sum, p) => sum + (p.btcLocked ?? 0), 0);
  const circulatingBtc = btcSupplyOn(asOf);
  return {
    asOf,
    layers: locked.length,
    btcLocked,
    circulatingBtc,
    penetration: btcLocked / circulatingBtc,
    largest: [...locked].sort((a, b) => (b.btcLocked ?? 0) - (a.btcLocked ?? 0)).slice(0, 5).map((p) => ({ name: p.name, btc: p.btcLocked ?? 0 }))
  };
}
export {
  bitcoinLayers,
  bitcoinMonths,
  ethereumLayers
};
