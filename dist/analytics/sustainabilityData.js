// src/analytics/sustainabilityData.ts
import { appendTo } from "../core/appendTo.js";
import { addDays, monthOf } from "../core/day.js";
import { stressBook } from "../risk/lending/stressBook.js";
import { chainSignals } from "../risk/sustainability/chainSignals.js";
import {
  CHAIN_FACTORS,
  CHAIN_WEIGHTS,
  PROTOCOL_FACTORS
} from "../risk/sustainability/factors.js";
import { protocolSignals } from "../risk/sustainability/protocolSignals.js";
import { scoreSignals } from "../risk/sustainability/scoreSignals.js";
import { AAVE_V3_ETHEREUM, aaveV3Borrowers } from "../sources/files/aaveV3Borrowers.js";
import { readIncidents } from "../sources/files/readIncidents.js";
import { aaveTopBorrowersBook } from "./aaveTopBorrowersBook.js";
import { chainSeries } from "./chainSeries.js";
import { MIN_FLOW_COVERAGE } from "./drawdownTable.js";
import { splitFlows } from "./inflows.js";
import { systemsExposure } from "./l2Systems.js";
import { pegPrice } from "./pegPrice.js";
import { protocolDrawdowns } from "./protocolDrawdowns.js";
import { qualityFlags } from "./qualityFlags.js";
var STRESSED_BOOKS = { "aave-v3": AAVE_V3_ETHEREUM };
async function bookStress(ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const [id, market] of Object.entries(STRESSED_BOOKS)) {
    const coverage = await ctx.store.coverage(aaveV3Borrowers.id, aaveV3Borrowers.tables);
    if (coverage.rows === 0 || coverage.lastDay === null) continue;
    const book = await aaveTopBorrowersBook(ctx.store, market);
    const debt = book.accounts.reduce((s, a) => s + a.debt.reduce((t, d) => t + d.amount * d.price, 0), 0);
    const stress = stressBook(book, { shocks: { WETH: -0.4 }, depegs: {} }, "3.3");
    if (debt > 0) out.set(id, { day: coverage.lastDay, badDebtShare: stress.badDebtUsd / debt });
  }
  return out;
}
var monthBefore = (month, n) => {
  const [y, m] = month.split("-").map(Number);
  const t = y * 12 + (m - 1) - n;
  return `${Math.floor(t / 12)}-${String(t % 12 + 1).padStart(2, "0")}`;
};
function fees30(rows, asOf) {
  const known = rows.filter((r) => r.day <= asOf);
  const lastDay = known.reduce((m, r) => m === null || r.day > m ? r.day : m, null);
  if (lastDay === null) return null;
  const sum = (kind) => known.filter((r) => r.kind === kind && r.day > addDays(lastDay, -30)).reduce((s, r) => s + r.usd, 0);
  return {
    feesUsd: sum("dailyFees"),
    revenueUsd: sum("dailyRevenue"),
    incentivesUsd: sum("dailyIncentives")
  };
}
var WEAK_BUCKETS = /* @__PURE__ */ new Set(["exitWindowNone", "proofsAbsent", "federatedBridge", "singlePartySteal"]);
async function loadSustainabilityData(ctx, systems, files) {
  const [totals, mix, eth, btc, flags, tokenRows, lendingStress] = await Promise.all([
    ctx.store.protocolDailyTotals(null),
    ctx.store.protocolChainMonthEnds(null),
    ctx.store.dailyPrices("ETH"),
    ctx.store.dailyPrices("BTC"),
    qualityFlags(ctx.store),
    ctx.store.tokenBalances(),
    bookStress(ctx)
  ]);
  const fees = /* @__PURE__ */ new Map();
  for (const f of await ctx.store.protocolFeesDaily()) {
    const id = ctx.index.forKey(f.protocol).id;
    appendTo(fees, id, f);
  }
  const borrowed = /* @__PURE__ */ new Map();
  for (const b of await ctx.store.protocolBorrowedDaily()) {
    const id = ctx.index.forKey(b.protocol).id;
    const days = borrowed.get(id) ?? /* @__PURE__ */ new Map();
    days.set(b.day, (days.get(b.day) ?? 0) + b.tvlUsd);
    borrowed.set(id, days);
  }
  const price = pegPrice(eth, btc);
  const balances = /* @__PURE__ */ new Map();
  for (const b of tokenRows) {
    const id = ctx.index.forKey(b.protocol).id;
    appendTo(balances, id, b);
  }
  const incidents = /* @__PURE__ */ new Map();
  for (const i of readIncidents(files.incidentsFile)) {
    const id = ctx.index.forKey(i.protocol).id;
    appendTo(incidents, id, i.day);
  }
  const byDataset = /* @__PURE__ */ new Map();
  for (const t of totals) {
    const id = ctx.index.forKey(t.protocol).id;
    const sets = byDataset.get(id) ?? /* @__PURE__ */ new Map();
    const points = sets.get(t.dataset) ?? [];
    points.push({ day: t.day, usd: t.tvlUsd });
    sets.set(t.dataset, points);
    byDataset.set(id, sets);
  }
  const protocols = /* @__PURE__ */ new Map();
  for (const [id, sets] of byDataset) {
    const identity = ctx.index.forKey(id);
    const series = [...sets.values()].reduce((a, b) => b.length > a.length ? b : a);
    protocols.set(id, { id, name: identity.name, category: identity.category, series });
  }
  const chainMix = /* @__PURE__ */ new Map();
  const chainTotals = /* @__PURE__ */ new Map();
  for (const r of mix) {
    const id = ctx.index.forKey(r.protocol).id;
    const months = chainMix.get(id) ?? /* @__PURE__ */ new Map();
    appendTo(months, r.month, { chain: r.chain, usd: r.tvlUsd });
    chainMix.set(id, months);
    const totalsOf = chainTotals.get(r.chain) ?? /* @__PURE__ */ new Map();
    totalsOf.set(r.month, (totalsOf.get(r.month) ?? 0) + r.tvlUsd);
    chainTotals.set(r.chain, totalsOf);
  }
  const flagDays = /* @__PURE__ */ new Map();
  for (const f of flags) {
    if (f.day === null) continue;
    const key = f.unit.startsWith("protocol:") ? f.unit.slice("protocol:".length) : f.subject;
    const id = ctx.index.forKey(key).id;
    appendTo(flagDays, id, f.day);
  }
  const weakIds = new Set(
    systemsExposure(systems.systems).buckets.filter((b) => WEAK_BUCKETS.has(b.key)).flatMap((b) => b.systems)
  );
  const weakChains = new Set(
    systems.systems.filter((s) => weakIds.has(s.id)).map((s) => s.facts.chain)
  );
  const outcomes = new Map(protocolDrawdowns(totals, ctx.snapshot, ctx.index).map((d) => [d.id, d]));
  return {
    tvl: ctx,
    protocols,
    chainMix,
    chainTotals,
    ethClose: new Map(eth.map((p) => [p.day, p.value])),
    flagDays,
    weakChains,
    outcomes,
    balances,
    price,
    lendingStress,
    incidents,
    fees,
    borrowed
  };
}
function protocolScoreAt(data, id, asOf, weights) {
  const p = data.protocols.get(id);
  if (!p) return null;
  const series = p.series.filter((x) => x.day <= asOf);
  if (series.length === 0) return null;
  const month = monthBefore(monthOf(asOf), 1);
  const chains = data.chainMix.get(id)?.get(month) ?? [];
  const chainChange90 = /* @__PURE__ */ new Map();
  for (const c of chains) {
    const months = data.chainTotals.get(c.chain);
    const now = months?.get(month);
    const before = months?.get(monthBefore(month, 3));
    if (now !== void 0 && before !== void 0 && before > 0) chainChange90.set(c.chain, now / before - 1);
  }
  const last = series.at(-1);
  const balances = (data.balances.get(id) ?? []).filter((b) => b.day <= asOf);
  const from = addDays(last.day, -90);
  const split = balances.length > 0 ? splitFlows(balances, data.price, from, last.day) : null;
  const startTvl = series.filter((x) => split !== null && x.day <= split.from).at(-1)?.usd ?? null;
  const lastBalanceDay = balances.reduce((m, b) => m === null || b.day > m ? b.day : m, null);
  const tokens = /* @__PURE__ */ new Map();
  for (const b of balances) {
    const p2 = b.day === lastBalanceDay ? data.price(b.token, b.day) : null;
    if (p2 !== null) tokens.set(b.token, (tokens.get(b.token) ?? 0) + b.amount * p2);
  }
  const signals = protocolSignals({
    asOf,
    series,
    ethClose: data.ethClose,
    chains,
    chainChange90,
    flagDays: data.flagDays.get(id) ?? [],
    weakChains: data.weakChains,
    flows: split && startTvl && split.startUsd >= MIN_FLOW_COVERAGE * startTvl ? { inflowsUsd: split.inflowsUsd, startUsd: split.startUsd } : null,
    tokens: [...tokens].map(([token, usd]) => ({ token, usd })),
    lendingStress: data.lendingStress.get(id) ?? null,
    incidentDays: data.incidents.get(id) ?? [],
    borrowedUsd: data.borrowed.get(id)?.get(last.day) ?? null,
    fees30: fees30(data.fees.get(id) ?? [], asOf)
  });
  return scoreSignals(p.name, asOf, PROTOCOL_FACTORS, signals, weights);
}
async function chainScoreAt(data, chain, asOf) {
  const series = await chainSeries(data.tvl, chain, asOf);
  const now = monthBefore(monthOf(asOf), 1);
  const before = monthBefore(now, 6);
  const protocols = [...data.chainMix.values()].map((months) => ({
    before: months.get(before)?.find((c) => c.chain === series.chain)?.usd ?? 0,
    now: months.get(now)?.find((c) => c.chain === series.chain)?.usd ?? 0
  }));
  const signals = chainSignals({
    asOf,
    series: series.points.filter((p) => p.day <= asOf).map((p) => ({ day: p.day, usd: p.value })),
    protocols
  });
  return scoreSignals(series.label, asOf, CHAIN_FACTORS, signals, CHAIN_WEIGHTS);
}
export {
  chainScoreAt,
  loadSustainabilityData,
  protocolScoreAt
};
