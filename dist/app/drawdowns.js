// src/app/drawdowns.ts
import { z } from "zod";
import { drawdowns as drawdownRows } from "../analytics/drawdowns.js";
import { documentSchema } from "./document.js";
import { PageFields, PageParameters, page } from "./page.js";
import { DaySchema, Denomination, NumberParam, parseParameters } from "./parameters.js";
import { checkAsOf, PRICE_SOURCES, provenance, TVL_SOURCES } from "./provenance.js";
var DrawdownsParameters = z.strictObject({
  minPeak: NumberParam.pipe(z.number().min(0)).default(1e7).describe("leave out peaks below this (USD)"),
  asOf: DaySchema.optional().describe("use only data up to this UTC day"),
  denominate: Denomination,
  keep: z.union([z.string(), z.array(z.string())]).optional().describe("protocols kept in the page whatever their rank (comma-separated ids), e.g. zerolend"),
  ...PageParameters
});
var DrawdownView = z.strictObject({
  peak: z.number(),
  peakDay: DaySchema,
  latest: z.number(),
  latestDay: DaySchema,
  drawdown: z.number().describe("1 \u2212 latest/peak, a fraction"),
  daysSincePeak: z.number().int()
});
var FlowSplit = z.strictObject({
  from: DaySchema,
  to: DaySchema,
  startUsd: z.number(),
  endUsd: z.number(),
  deltaUsd: z.number(),
  inflowsUsd: z.number(),
  priceEffectUsd: z.number(),
  unpricedTokens: z.array(z.string()),
  implausibleDays: z.array(DaySchema)
});
var DrawdownRow = z.strictObject({
  key: z.string(),
  id: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  usd: DrawdownView,
  latestFrom: z.enum(["history", "snapshot"]).describe("where the latest figure comes from: the daily history or the newer protocol list"),
  view: DrawdownView.nullable(),
  nativeUnit: z.enum(["eth", "btc"]),
  native: DrawdownView.nullable(),
  moved: z.enum(["price", "outflow", "both", "none", "unknown"]),
  flows: FlowSplit.nullable(),
  flowCoverage: z.number().nullable()
});
var DrawdownsResult = documentSchema("faultline.drawdown/v1", {
  unit: z.enum(["usd", "eth", "btc"]),
  minPeakUsd: z.number(),
  ...PageFields,
  rows: z.array(DrawdownRow)
});
function keptIds(keep) {
  const list = typeof keep === "string" ? keep.split(",") : keep ?? [];
  return new Set(list.map((k) => k.trim().toLowerCase()).filter(Boolean));
}
async function drawdowns(app, parameters) {
  const p = parseParameters(DrawdownsParameters, parameters, "drawdown");
  const asOf = p.asOf ?? null;
  await checkAsOf(app, asOf, TVL_SOURCES);
  const rows = await app.cached(
    `drawdowns:${asOf}:${p.denominate}:${p.minPeak}`,
    async () => drawdownRows(await app.tvl(asOf), { unit: p.denominate, minPeakUsd: p.minPeak, asOf })
  );
  const latest = rows.reduce(
    (d, r) => d === null || r.usd.latestDay > d ? r.usd.latestDay : d,
    null
  );
  return {
    schema: "faultline.drawdown/v1",
    asOf: latest ?? asOf,
    ...await provenance(app, [...TVL_SOURCES, ...PRICE_SOURCES], asOf),
    coverage: null,
    unit: p.denominate,
    minPeakUsd: p.minPeak,
    ...page(rows, p, keptIds(p.keep))
  };
}
export {
  DrawdownRow,
  DrawdownView,
  DrawdownsParameters,
  DrawdownsResult,
  drawdowns
};
