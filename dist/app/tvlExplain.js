// src/app/tvlExplain.ts
import { z } from "zod";
import { explainTvl } from "../analytics/tvlExplain.js";
import { documentSchema } from "./document.js";
import { DaySchema, parseParameters } from "./parameters.js";
import { CHAIN_TOTAL_SOURCES, provenance, TVL_SOURCES } from "./provenance.js";
import { TvlParameters, tvlRequest } from "./tvlSeries.js";
var TvlExplainParameters = TvlParameters.and(
  z.strictObject({
    explain: DaySchema.describe("the UTC day broken down into protocols, chains and sections")
  })
);
var Parts = z.strictObject({
  tvl: z.number(),
  doublecounted: z.number(),
  liquidstaking: z.number(),
  overlap: z.number(),
  sections: z.record(z.string(), z.number()),
  excluded: z.number()
});
var TvlExplainResult = documentSchema("faultline.tvl-explain/v1", {
  day: DaySchema,
  label: z.string(),
  rule: z.string(),
  usd: z.number(),
  value: z.number().nullable(),
  unit: z.enum(["usd", "eth", "btc"]),
  parts: Parts,
  lines: z.array(
    z.strictObject({
      protocol: z.string(),
      name: z.string(),
      category: z.string().nullable(),
      chain: z.string(),
      section: z.string(),
      usd: z.number(),
      pointDay: DaySchema.describe("the day the point was recorded (a gap filled or a value carried)"),
      role: z.string(),
      why: z.string()
    })
  ),
  published: z.strictObject({ usd: z.number(), dataset: z.string(), unexplainedUsd: z.number() }).nullable(),
  inParent: z.array(z.string())
});
async function tvlExplain(app, parameters) {
  const p = parseParameters(TvlExplainParameters, parameters, "tvl");
  const request = tvlRequest(p);
  const e = await explainTvl(await app.tvl(), request, p.explain);
  return {
    schema: "faultline.tvl-explain/v1",
    asOf: e.day,
    ...await provenance(
      app,
      [...TVL_SOURCES, ...request.subject.kind === "chain" ? CHAIN_TOTAL_SOURCES : []],
      e.day
    ),
    coverage: e.published ? {
      day: e.day,
      publishedUsd: e.published.usd,
      explainedUsd: e.usd,
      share: e.published.usd > 0 ? e.usd / e.published.usd : null,
      note: `stored protocols explain all but ${Math.round(e.published.unexplainedUsd).toLocaleString("en-US")} USD of DefiLlama's published total`
    } : null,
    ...e,
    parts: { ...e.parts, sections: { ...e.parts.sections } }
  };
}
export {
  TvlExplainParameters,
  TvlExplainResult,
  tvlExplain
};
