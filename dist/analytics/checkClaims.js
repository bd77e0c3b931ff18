// src/analytics/checkClaims.ts
import { FaultlineError } from "../core/errors.js";
import { chainInfo, normaliseChain } from "../model/normaliseChain.js";
import { slugify } from "../model/protocol.js";
import { DEFAULT_TOGGLES } from "../model/tvlMethodology.js";
import { chainSeries } from "./chainSeries.js";
import { drawdowns } from "./drawdowns.js";
import { isHigh } from "./highs.js";
import { ethereumLayers } from "./layers.js";
import { marketConcentration } from "./markets.js";
import { tvlSeries } from "./tvlSeries.js";
async function checkClaims(claims, contextAt) {
  const contexts = /* @__PURE__ */ new Map();
  const at = (asOf) => contexts.get(asOf) ?? contexts.set(asOf, contextAt(asOf)).get(asOf);
  const results = [];
  for (const claim of claims) {
    const expected = claim.expect instanceof Date ? claim.expect.toISOString().slice(0, 10) : claim.expect;
    try {
      const actual = await measure(claim, await at(claim.as_of ?? null));
      results.push(compare(claim, expected, actual));
    } catch (err) {
      if (!(err instanceof FaultlineError)) throw err;
      results.push({
        id: claim.id,
        status: "unknown",
        actual: null,
        expected,
        error: null,
        reason: err.shortMessage
      });
    }
  }
  return results;
}
function compare(claim, expected, actual) {
  const base = { id: claim.id, actual: actual.value, expected, reason: actual.basis };
  if (typeof actual.value === "number" && typeof expected === "number") {
    const error = expected === 0 ? Math.abs(actual.value) : Math.abs(actual.value - expected) / Math.abs(expected);
    const holds = claim.tolerance === void 0 ? actual.value === expected : error <= claim.tolerance;
    return { ...base, status: holds ? "holds" : "differs", error };
  }
  if (claim.metric === "protocol.peak_date") {
    const want = String(expected);
    return { ...base, status: String(actual.value).startsWith(want) ? "holds" : "differs", error: null };
  }
  if (typeof actual.value === "string") {
    const holds = slugify(actual.value) === slugify(String(expected));
    return { ...base, status: holds ? "holds" : "differs", error: null };
  }
  return { ...base, status: actual.value === expected ? "holds" : "differs", error: null };
}
async function measure(claim, ctx) {
  const asOf = claim.as_of ?? null;
  const subject = claim.subject ?? "";
  switch (claim.metric) {
    case "protocol.tvl_usd":
      return protocolTvl(ctx, subject, asOf);
    case "protocol.peak_tvl_usd":
    case "protocol.peak_date":
    case "protocol.drawdown": {
      const id = ctx.index.resolve(subject).id;
      const row = (await drawdowns(ctx, { unit: "usd", minPeakUsd: 0, asOf })).find((r) => r.id === id);
      if (!row) throw new FaultlineError(`no daily history for ${subject}${asOf ? ` up to ${asOf}` : ""}`);
      const basis = `peak ${row.usd.peakDay}, latest ${row.usd.latestDay} (${row.latestFrom})`;
      if (claim.metric === "protocol.peak_tvl_usd") return { value: row.usd.peak, basis };
      if (claim.metric === "protocol.peak_date") return { value: row.usd.peakDay, basis };
      return { value: row.usd.drawdown, basis };
    }
    case "category.share":
    case "category.leader":
    case "category.hhi": {
      const [market] = await marketConcentration(
        ctx,
        { kind: "category", category: claim.category ?? "" },
        asOf
      );
      if (!market) throw new FaultlineError(`no data for category ${claim.category}`);
      const basis = `${market.basis}, ${market.asOf}`;
      if (claim.metric === "category.hhi") return { value: market.hhi, basis };
      if (claim.metric === "category.leader") return { value: market.leader?.name ?? "", basis };
      const identity = ctx.index.resolve(subject);
      const names = new Set(
        [identity.name, ...identity.members.map((m) => m.name)].map((n) => n.toLowerCase())
      );
      const share = market.participants.filter((p) => names.has(p.name.toLowerCase())).reduce((sum, p) => sum + p.share, 0);
      return { value: share, basis };
    }
    case "chain.tvl_usd":
    case "chain.is_high": {
      const series = await chainSeries(ctx, subject, asOf);
      const day = asOf ?? series.points.at(-1)?.day;
      const point = series.points.find((p) => p.day === day);
      if (!day || !point) throw new FaultlineError(`no ${series.label} figure for ${day ?? "any day"}`);
      if (claim.metric === "chain.tvl_usd") return { value: point.value, basis: `${series.source}, ${day}` };
      const high = isHigh(series.points, day, claim.window_days);
      if (high === null)
        throw new FaultlineError(`fewer than ${claim.window_days} days stored before ${day}`);
      return { value: high, basis: `${series.source}, ${day}: ${point.value.toFixed(0)} USD` };
    }
    case "layer.share":
      return layerShare(ctx, subject, claim.parent ?? "Ethereum", asOf);
  }
}
async function protocolTvl(ctx, subject, asOf) {
  const identity = ctx.index.resolve(subject);
  const snapshotDay = ctx.snapshot[0]?.day;
  const members = new Set(identity.members.map((m) => m.slug));
  const inSnapshot = ctx.snapshot.filter((s) => members.has(s.slug) && s.tvlUsd !== null);
  if (snapshotDay && inSnapshot.length > 0 && (asOf === null || asOf === snapshotDay)) {
    const value = inSnapshot.reduce((sum, s) => sum + (s.tvlUsd ?? 0), 0);
    return {
      value,
      basis: `protocol-list snapshot ${snapshotDay}: ${inSnapshot.map((s) => s.name).join(" + ")}`
    };
  }
  const series = await tvlSeries(ctx, {
    subject: { kind: "protocol", protocol: subject },
    toggles: DEFAULT_TOGGLES,
    denominate: "usd",
    from: null,
    to: asOf
  });
  const point = asOf === null ? series.points.at(-1) : series.points.find((p) => p.day === asOf);
  if (!point) throw new FaultlineError(`no ${identity.name} figure for ${asOf}`);
  return { value: point.usd, basis: `daily history, ${point.day}` };
}
async function layerShare(ctx, subject, parent, asOf) {
  if (normaliseChain(parent) !== "ethereum")
    throw new FaultlineError(`layer.share supports parent Ethereum, not ${parent}`);
  const months = (await ethereumLayers(ctx, null, asOf)).filter((m) => !m.partial && m.share !== null);
  const month = months.at(-1);
  if (!month || month.ethereumUsd === null)
    throw new FaultlineError(`no month with every tracked L2 up to ${asOf}`);
  const basis = `month end ${month.month}, ${month.l2s.length} L2s (DefiLlama)`;
  if (subject.toUpperCase() === "L2") return { value: month.share, basis };
  const chain = normaliseChain(subject);
  const value = month.byChain[chain];
  if (value === void 0)
    throw new FaultlineError(`${chainInfo(chain).name} is not among the L2s of ${month.month}`);
  return { value: value / (month.ethereumUsd + month.l2Usd), basis };
}
export {
  checkClaims
};
