// src/risk/lending/scenarioPrices.ts
function scenarioPrices(scenario, assets) {
  const market = /* @__PURE__ */ new Map();
  const oracle = /* @__PURE__ */ new Map();
  const stale = new Set(scenario.staleOracle?.assets ?? []);
  for (const asset of assets) {
    const own = scenario.shocks[asset];
    const follow = scenario.follows[asset];
    const move = own ?? (follow ? follow.beta * (scenario.shocks[follow.asset] ?? 0) : 0);
    const m = Math.max(0, (1 + move) * (1 - (scenario.depegs[asset] ?? 0)));
    market.set(asset, m);
    oracle.set(asset, stale.has(asset) ? 1 : m);
  }
  return { market, oracle };
}
export {
  scenarioPrices
};
