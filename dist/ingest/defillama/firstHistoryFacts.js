// src/ingest/defillama/firstHistoryFacts.ts
import { addDays } from "../../core/day.js";
import { isBitcoinSide } from "../../model/chains.js";
function firstHistoryFacts(points) {
  const rejectedDays = new Set(points.filter((p) => p.flag !== null).map((p) => p.day));
  const accepted = points.filter((p) => !rejectedDays.has(p.day));
  const totals = /* @__PURE__ */ new Map();
  for (const p of accepted) {
    if (p.section !== "tvl") continue;
    const t = totals.get(p.day) ?? { usd: 0, btcSideUsd: 0 };
    t.usd += p.usd;
    if (isBitcoinSide(p.chain)) t.btcSideUsd += p.usd;
    totals.set(p.day, t);
  }
  return {
    coversFrom: coverage(accepted.map((p) => p.day)),
    coversFromAll: coverage(points.map((p) => p.day)),
    totals: [...totals].sort(([a], [b]) => a < b ? -1 : 1).map(([day, t]) => ({ day, ...t }))
  };
}
function coverage(days) {
  const sorted = [...new Set(days)].sort();
  return new Map(sorted.map((day, i) => [day, i === 0 ? day : addDays(sorted[i - 1], 1)]));
}
export {
  firstHistoryFacts
};
