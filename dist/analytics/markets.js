// src/analytics/markets.ts
import { ValidationError } from "../core/errors.js";
import { chainInfo } from "../model/normaliseChain.js";
import { DEFAULT_TOGGLES } from "../model/tvlMethodology.js";
import { btcStakingConcentration } from "./btcStakingConcentration.js";
import { concentration } from "./concentration.js";
import { l2ShareByMonth } from "./l2Share.js";
import { cellRole } from "./tvlRules.js";
import { resolveSubject } from "./tvlSubject.js";
function marketsOf(named) {
  return [
    named.category === void 0 ? null : { kind: "category", category: named.category },
    named.market === "l2" ? { kind: "l2" } : null,
    named.market === "btc-staking" ? { kind: "btc-staking" } : null,
    named.chain === void 0 ? null : { kind: "chain", chain: named.chain }
  ].filter((m) => m !== null);
}
async function marketConcentration(ctx, market, asOf) {
  switch (market.kind) {
    case "category":
      return [await categoryConcentration(ctx, market.category, asOf)];
    case "btc-staking": {
      const rows = btcStakingConcentration(await ctx.store.btcStakingMonthly(asOf));
      if (rows.length === 0)
        throw new ValidationError(`no Bitcoin staking data up to ${asOf}`, { field: "as-of" });
      return rows;
    }
    case "l2":
      return [await l2Concentration(ctx, asOf)];
    case "chain": {
      const subject = resolveSubject(ctx, { kind: "chain", chain: market.chain }, asOf);
      const { horizon } = await ctx.store.tvlSteps(subject.query);
      const day = horizon;
      if (day === null) throw new ValidationError(`no TVL history for ${subject.label}`, { field: "chain" });
      const points = await ctx.store.tvlPointsOn(subject.query, day);
      const byProtocol = /* @__PURE__ */ new Map();
      for (const p of points) {
        const cls = subject.query.classes.get(p.protocol) ?? 0;
        if (p.flag || p.section !== "tvl" || cellRole(p.section, cls, DEFAULT_TOGGLES) !== "counted")
          continue;
        const name = ctx.universe.entries.get(p.protocol)?.identity.name ?? p.protocol;
        byProtocol.set(name, (byProtocol.get(name) ?? 0) + p.usd);
      }
      return [
        {
          market: `protocols on ${subject.label}`,
          basis: "protocol TVL on the chain, USD, default rule (double counted, liquid staking and excluded categories left out)",
          dataset: "defillama/protocol-chain-tvl-daily",
          asOf: day,
          ...concentration([...byProtocol].map(([name, value]) => ({ name, value })))
        }
      ];
    }
  }
}
async function categoryConcentration(ctx, category, asOf) {
  const wanted = category.toLowerCase();
  const inSnapshot = ctx.snapshot.filter((s) => s.category?.toLowerCase() === wanted);
  if (inSnapshot.length > 0) {
    return {
      market: inSnapshot[0]?.category ?? category,
      basis: "protocol TVL, USD (protocol-list snapshot; protocols listed without TVL left out)",
      dataset: "defillama/protocols-snapshot",
      asOf: inSnapshot[0]?.day ?? "n/a",
      ...concentration(inSnapshot.map((s) => ({ name: s.name, value: s.tvlUsd ?? 0 })))
    };
  }
  const subject = resolveSubject(ctx, { kind: "category", category }, asOf);
  const keys = new Set(subject.query.protocols ?? []);
  const peaks = (await ctx.store.protocolPeaks(asOf)).filter((p) => keys.has(p.protocol));
  const last = peaks.reduce((d, p) => d === null || p.latestDay > d ? p.latestDay : d, null);
  return {
    market: subject.label,
    basis: "protocol TVL, USD, each protocol on its last day up to as-of (daily histories: only the protocols tracked daily)",
    dataset: "defillama/protocol-chain-tvl-daily",
    asOf: last ?? "n/a",
    ...concentration(
      peaks.map((p) => ({
        name: ctx.universe.entries.get(p.protocol)?.identity.name ?? p.protocol,
        value: p.latestUsd
      }))
    )
  };
}
async function l2Concentration(ctx, asOf) {
  const profiles = await ctx.store.l2RiskProfiles();
  const l2beatDay = profiles.length > 0 ? (await ctx.store.coverage("l2beat/scaling-summary", [
    { table: "l2_risk_profiles", dayColumn: "as_of" }
  ])).lastDay : null;
  if (l2beatDay !== null && (asOf === null || l2beatDay <= asOf)) {
    return {
      market: "Ethereum L2s",
      basis: "total value secured (L2BEAT: canonical + external + native), USD",
      dataset: "l2beat/scaling-summary",
      asOf: l2beatDay,
      ...concentration(profiles.map((p) => ({ name: p.name, value: p.tvs.totalUsd })))
    };
  }
  const months = l2ShareByMonth(await ctx.store.chainMonthEnds(asOf)).filter(
    (m) => !m.partial && m.l2s.length > 0
  );
  const month = months.at(-1);
  if (!month) throw new ValidationError(`no L2 figures up to ${asOf}`, { field: "as-of" });
  return {
    market: "Ethereum L2s",
    basis: "chain TVL at month end, USD (DefiLlama)",
    dataset: "defillama/chain-tvl-monthly-l2",
    asOf: month.month,
    ...concentration(
      Object.entries(month.byChain).map(([id, value]) => ({ name: chainInfo(id).name, value }))
    )
  };
}
export {
  marketConcentration,
  marketsOf
};
