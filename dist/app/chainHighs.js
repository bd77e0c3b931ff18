// src/app/chainHighs.ts
import { z } from "zod";
import { chainSeries } from "../analytics/chainSeries.js";
import { highs } from "../analytics/highs.js";
import { documentSchema } from "./document.js";
import { DaySchema, IntParam, parseParameters } from "./parameters.js";
import { CHAIN_TOTAL_SOURCES, checkAsOf, provenance, TVL_SOURCES } from "./provenance.js";
var ChainHighsParameters = z.strictObject({
  chain: z.string().min(1).max(200).describe("a chain, any spelling"),
  window: IntParam.pipe(z.number().int().min(1).max(3650)).default(90).describe("N, in days"),
  from: DaySchema.optional().describe("first UTC day listed"),
  asOf: DaySchema.optional().describe("use only data up to this UTC day")
});
var ChainHighsResult = documentSchema("faultline.highs/v1", {
  chain: z.string(),
  label: z.string(),
  windowDays: z.number().int(),
  source: z.string().describe("DefiLlama's published chain total, or the sum of stored protocols"),
  firstDay: DaySchema.nullable(),
  lastDay: DaySchema.nullable(),
  highs: z.array(z.strictObject({ day: DaySchema, value: z.number(), previousMax: z.number() }))
});
async function chainHighs(app, parameters) {
  const p = parseParameters(ChainHighsParameters, parameters, "highs");
  const asOf = p.asOf ?? null;
  await checkAsOf(app, asOf, [...TVL_SOURCES, ...CHAIN_TOTAL_SOURCES]);
  const series = await chainSeries(await app.tvl(asOf), p.chain, asOf);
  const found = highs(series.points, p.window).filter((h) => p.from === void 0 || h.day >= p.from);
  const lastDay = series.points.at(-1)?.day ?? null;
  return {
    schema: "faultline.highs/v1",
    asOf: lastDay,
    ...await provenance(app, [...TVL_SOURCES, ...CHAIN_TOTAL_SOURCES], asOf),
    coverage: null,
    chain: series.chain,
    label: series.label,
    windowDays: p.window,
    source: series.source,
    firstDay: series.points[0]?.day ?? null,
    lastDay,
    highs: found
  };
}
export {
  ChainHighsParameters,
  ChainHighsResult,
  chainHighs
};
