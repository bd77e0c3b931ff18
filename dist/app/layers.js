// src/app/layers.ts
import { z } from "zod";
import { bitcoinLayers, ethereumLayers } from "../analytics/layers.js";
import { lastDayOfMonth } from "../core/day.js";
import { documentSchema } from "./document.js";
import { DaySchema, parseParameters } from "./parameters.js";
import { CHAIN_TOTAL_SOURCES, checkAsOf, provenance } from "./provenance.js";
var LayersParameters = z.strictObject({
  parent: z.enum(["Ethereum", "Bitcoin"]).default("Ethereum").describe("the settlement chain"),
  from: DaySchema.optional().describe("first month shown (a day in it)"),
  to: DaySchema.optional().describe("use only data up to this UTC day")
});
var Month = z.string().describe("YYYY-MM");
var L2ShareMonthSchema = z.strictObject({
  month: Month,
  ethereumUsd: z.number().nullable(),
  l2Usd: z.number(),
  l2s: z.array(z.string()),
  byChain: z.record(z.string(), z.number()),
  share: z.number().nullable().describe("\u03A3 L2 / (Ethereum + \u03A3 L2); a lower bound when partial"),
  partial: z.boolean()
});
var ShareAt = z.strictObject({ month: Month, share: z.number(), l2s: z.number().int() });
var L2ShareSummary = z.strictObject({
  exact: ShareAt.nullable(),
  lowerBound: ShareAt.nullable(),
  note: z.string()
});
var EthereumLayers = documentSchema("faultline.layers/v1", {
  parent: z.literal("Ethereum"),
  share: L2ShareSummary,
  months: z.array(L2ShareMonthSchema)
});
var BitcoinLayers = documentSchema("faultline.layers/v1", {
  parent: z.literal("Bitcoin"),
  months: z.array(
    z.strictObject({
      month: Month,
      byProduct: z.record(z.string(), z.number()),
      stakedBtc: z.number(),
      circulatingBtc: z.number(),
      penetration: z.number().describe("BTC staked / circulating BTC")
    })
  ),
  layers: z.strictObject({
    asOf: DaySchema,
    layers: z.number().int(),
    btcLocked: z.number(),
    circulatingBtc: z.number(),
    penetration: z.number(),
    largest: z.array(z.strictObject({ name: z.string(), btc: z.number() }))
  }).nullable()
});
var LayersResult = z.discriminatedUnion("parent", [EthereumLayers, BitcoinLayers]);
function l2ShareSummary(months) {
  const known = months.filter((m) => m.share !== null && m.l2s.length > 0);
  const full = known.filter((m) => !m.partial).at(-1);
  const last = known.at(-1);
  const at = (m) => ({ month: m.month, share: m.share, l2s: m.l2s.length });
  const bound = last && last.partial ? at(last) : null;
  const pctText = (x) => `${(100 * x).toFixed(1)}%`;
  return {
    exact: full ? at(full) : null,
    lowerBound: bound,
    note: [
      full ? `${pctText(full.share)} at ${full.month} with all ${full.l2s.length} tracked L2s known` : "no month with every L2 known",
      bound ? `at least ${pctText(bound.share)} at ${bound.month}, where only ${bound.l2s} L2s are known (a lower bound, not a move)` : ""
    ].filter(Boolean).join("; ")
  };
}
async function layers(app, parameters) {
  const p = parseParameters(LayersParameters, parameters, "layers");
  const to = p.to ?? null;
  const ctx = await app.tvl(to);
  if (p.parent === "Bitcoin") {
    const sources = ["btc-staking/monthly", "bitcoinlayers/layers"];
    await checkAsOf(app, to, sources, "to");
    const { months: months2, layers: snapshot } = await bitcoinLayers(ctx, p.from ?? null, to);
    return {
      schema: "faultline.layers/v1",
      asOf: snapshot?.asOf ?? null,
      ...await provenance(app, sources, to),
      coverage: null,
      parent: "Bitcoin",
      months: months2,
      layers: snapshot
    };
  }
  await checkAsOf(app, to, CHAIN_TOTAL_SOURCES, "to");
  const months = await ethereumLayers(ctx, p.from ?? null, to);
  const last = months.at(-1);
  const meta = await provenance(app, CHAIN_TOTAL_SOURCES, to);
  const newest = Object.values(meta.dataThrough).reduce(
    (d, x) => x !== null && (d === null || x > d) ? x : d,
    null
  );
  const monthEnd = last ? lastDayOfMonth(last.month) : null;
  return {
    schema: "faultline.layers/v1",
    asOf: monthEnd !== null && newest !== null && newest < monthEnd ? newest : monthEnd,
    ...meta,
    coverage: null,
    parent: "Ethereum",
    share: l2ShareSummary(months),
    months: months.map((m) => ({ ...m, l2s: [...m.l2s] }))
  };
}
export {
  L2ShareMonthSchema,
  L2ShareSummary,
  LayersParameters,
  LayersResult,
  l2ShareSummary,
  layers
};
