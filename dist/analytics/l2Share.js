// src/analytics/l2Share.ts
import { chainInfo } from "../model/normaliseChain.js";
function l2ShareByMonth(rows) {
  const isEthereumL2 = (c) => chainInfo(c).layer === "L2" && chainInfo(c).parent === "ethereum";
  const byMonth = /* @__PURE__ */ new Map();
  for (const r of rows) {
    if (r.chain !== "ethereum" && !isEthereumL2(r.chain)) continue;
    const datasets = byMonth.get(r.month) ?? /* @__PURE__ */ new Map();
    const chains = datasets.get(r.dataset) ?? /* @__PURE__ */ new Map();
    chains.set(r.chain, r.tvlUsd);
    datasets.set(r.dataset, chains);
    byMonth.set(r.month, datasets);
  }
  const tracked = /* @__PURE__ */ new Map();
  for (const r of rows)
    if (isEthereumL2(r.chain)) tracked.set(r.dataset, (tracked.get(r.dataset) ?? /* @__PURE__ */ new Set()).add(r.chain));
  const broadest = Math.max(0, ...[...tracked.values()].map((s) => s.size));
  return [...byMonth.keys()].sort().map((month) => {
    const merged = /* @__PURE__ */ new Map();
    const present = byMonth.get(month) ?? /* @__PURE__ */ new Map();
    const datasets = [...present.values()].sort((a, b) => a.size - b.size);
    const partial = Math.max(0, ...[...present.keys()].map((d) => tracked.get(d)?.size ?? 0)) < broadest;
    for (const chains of datasets) for (const [chain, usd] of chains) merged.set(chain, usd);
    const l2s = [...merged.keys()].filter(isEthereumL2).sort();
    const l2Usd = l2s.reduce((sum, c) => sum + (merged.get(c) ?? 0), 0);
    const ethereumUsd = merged.get("ethereum") ?? null;
    const share = ethereumUsd === null || l2s.length === 0 || ethereumUsd + l2Usd <= 0 ? null : l2Usd / (ethereumUsd + l2Usd);
    const byChain = Object.fromEntries(l2s.map((c) => [c, merged.get(c) ?? 0]));
    return { month, ethereumUsd, l2Usd, l2s, byChain, share, partial };
  });
}
export {
  l2ShareByMonth
};
