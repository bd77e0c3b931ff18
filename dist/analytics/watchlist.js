// src/analytics/watchlist.ts
import { WATCH_THRESHOLD } from "../risk/sustainability/factors.js";
import { protocolScoreAt } from "./sustainabilityData.js";
function latestDataDay(data) {
  const last = [...data.protocols.values()].map((p) => p.series.at(-1)?.day).filter((d) => d !== void 0).sort();
  return last[Math.min(last.length - 1, Math.floor(last.length * 0.9))] ?? null;
}
function watchlist(data, asOf, weights, threshold = WATCH_THRESHOLD) {
  const entries = [];
  for (const [id, p] of data.protocols) {
    const s = protocolScoreAt(data, id, asOf, weights);
    if (s && s.score < threshold) entries.push({ id, category: p.category, ...s });
  }
  return entries.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
}
export {
  latestDataDay,
  watchlist
};
