// src/app/provenance.ts
import { UsageError } from "../core/errors.js";
var TVL_SOURCES = [
  "defillama/protocol-chain-tvl-daily",
  "defillama/lending-protocols",
  "restaking-protocols/history",
  "defillama/protocols-snapshot",
  "defillama/api"
];
var CHAIN_TOTAL_SOURCES = ["defillama/chain-tvl-daily", "defillama/chain-tvl-monthly-l2"];
var PRICE_SOURCES = ["prices/daily"];
async function provenance(app, ids, asOf) {
  const statuses = await app.datasets();
  const dataThrough = {};
  const sources = [];
  for (const id of new Set(ids)) {
    const s = statuses.find((x) => x.dataset === id);
    if (!s || s.status !== "imported") continue;
    dataThrough[id] = s.lastDay === null || asOf === null || s.lastDay <= asOf ? s.lastDay : asOf;
    sources.push({ id, title: s.title, kind: s.kind });
  }
  return { dataThrough, sources };
}
async function newestDay(app, ids) {
  const statuses = await app.datasets();
  return statuses.filter((s) => ids.includes(s.dataset) && s.status === "imported").reduce(
    (d, s) => s.lastDay !== null && (d === null || s.lastDay > d) ? s.lastDay : d,
    null
  );
}
async function oldestDay(app, ids) {
  const statuses = await app.datasets();
  return statuses.filter((s) => ids.includes(s.dataset) && s.status === "imported").reduce(
    (d, s) => s.firstDay !== null && (d === null || s.firstDay < d) ? s.firstDay : d,
    null
  );
}
async function checkAsOf(app, asOf, ids, field = "asOf") {
  if (asOf === null) return;
  const newest = await newestDay(app, ids);
  if (newest !== null && asOf > newest)
    throw new UsageError(`${asOf} is after the newest stored data (${newest})`, { field });
}
export {
  CHAIN_TOTAL_SOURCES,
  PRICE_SOURCES,
  TVL_SOURCES,
  checkAsOf,
  newestDay,
  oldestDay,
  provenance
};
