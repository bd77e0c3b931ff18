// src/sources/defillama/protocolHistory.ts
import { dayFromUnix } from "../../core/day.js";
import { parseChainKey } from "../../model/normaliseChain.js";
function protocolHistory(response) {
  if (!response.chainTvls) {
    return [
      {
        chain: "all",
        section: "tvl",
        points: byDay(response.tvl),
        tokensUsd: /* @__PURE__ */ new Map(),
        tokenAmounts: /* @__PURE__ */ new Map()
      }
    ];
  }
  const series = [];
  for (const [key, history] of Object.entries(response.chainTvls)) {
    const { chain, section } = parseChainKey(key);
    if (chain === "all") continue;
    series.push({
      chain,
      section,
      points: byDay(history.tvl),
      tokensUsd: section === "tvl" ? tokensByDay(history.tokensInUsd) : /* @__PURE__ */ new Map(),
      tokenAmounts: section === "tvl" ? tokensByDay(history.tokens) : /* @__PURE__ */ new Map()
    });
  }
  return mergeSameChain(series);
}
function byDay(items) {
  const days = /* @__PURE__ */ new Map();
  for (const item of [...items].sort((a, b) => a.date - b.date))
    days.set(dayFromUnix(item.date), item.totalLiquidityUSD);
  return [...days].map(([day, usd]) => ({ day, usd }));
}
function tokensByDay(items) {
  const days = /* @__PURE__ */ new Map();
  for (const item of [...items ?? []].sort((a, b) => a.date - b.date))
    days.set(dayFromUnix(item.date), item.tokens);
  return days;
}
function mergeSameChain(series) {
  const merged = /* @__PURE__ */ new Map();
  for (const s of series) {
    const key = `${s.chain}/${s.section}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, s);
      continue;
    }
    const sum = new Map(seen.points.map((p) => [p.day, p.usd]));
    for (const p of s.points) sum.set(p.day, (sum.get(p.day) ?? 0) + p.usd);
    seen.points = [...sum].sort(([a], [b]) => a < b ? -1 : 1).map(([day, usd]) => ({ day, usd }));
    for (const [day, tokens] of s.tokensUsd)
      seen.tokensUsd.set(day, { ...seen.tokensUsd.get(day), ...tokens });
    for (const [day, tokens] of s.tokenAmounts)
      seen.tokenAmounts.set(day, { ...seen.tokenAmounts.get(day), ...tokens });
  }
  return [...merged.values()];
}
export {
  protocolHistory
};
