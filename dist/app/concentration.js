// src/app/concentration.ts
import { z } from "zod";
import { marketConcentration, marketsOf } from "../analytics/markets.js";
import { documentSchema } from "./document.js";
import { DaySchema, parseParameters } from "./parameters.js";
import { checkAsOf, provenance, TVL_SOURCES } from "./provenance.js";
var ConcentrationParameters = z.strictObject({
  category: z.string().min(1).max(200).optional().describe("a DefiLlama category (Restaking, Lending, ...)"),
  market: z.enum(["l2", "btc-staking"]).optional(),
  chain: z.string().min(1).max(200).optional().describe("the protocols on one chain"),
  asOf: DaySchema.optional().describe("use only data up to this UTC day")
}).refine((p) => marketsOf(p).length === 1, { message: "give exactly one of category, market, chain" });
var Participant = z.strictObject({ name: z.string(), value: z.number(), share: z.number() });
var MarketConcentration = z.strictObject({
  market: z.string(),
  basis: z.string().describe("what the shares are of, with its unit"),
  dataset: z.string(),
  asOf: z.string().describe("the UTC day (or month) the shares are of"),
  count: z.number().int(),
  total: z.number(),
  leader: Participant.nullable(),
  hhi: z.number().describe("\u03A3 (100\xB7share)\xB2, 0..10,000"),
  band: z.enum(["unconcentrated", "moderate", "high"]),
  top3Share: z.number(),
  nakamoto50: z.number().int(),
  nakamoto33: z.number().int(),
  participants: z.array(Participant)
});
var ConcentrationResult = documentSchema("faultline.concentration/v1", {
  markets: z.array(MarketConcentration)
});
var MARKET_SOURCES = {
  category: ["defillama/protocols-snapshot", ...TVL_SOURCES],
  l2: ["l2beat/scaling-summary", "l2beat/api", "defillama/chain-tvl-monthly-l2", "defillama/chain-tvl-daily"],
  "btc-staking": ["btc-staking/monthly"],
  chain: TVL_SOURCES
};
async function concentration(app, parameters) {
  const p = parseParameters(ConcentrationParameters, parameters, "concentration");
  const market = marketsOf(p)[0];
  const asOf = p.asOf ?? null;
  await checkAsOf(app, asOf, MARKET_SOURCES[market.kind]);
  const markets = await marketConcentration(await app.tvl(asOf), market, asOf);
  const days = markets.map((m) => m.asOf).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return {
    schema: "faultline.concentration/v1",
    asOf: days.at(-1) ?? asOf,
    ...await provenance(app, MARKET_SOURCES[market.kind], asOf),
    coverage: null,
    markets: markets.map((m) => ({ ...m, participants: [...m.participants] }))
  };
}
export {
  ConcentrationParameters,
  ConcentrationResult,
  MarketConcentration,
  concentration
};
