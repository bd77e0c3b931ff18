// src/app/score.ts
import { z } from "zod";
import { chainScoreAt, protocolScoreAt } from "../analytics/sustainabilityData.js";
import { latestDataDay } from "../analytics/watchlist.js";
import { NotFoundError } from "../core/errors.js";
import { DEFAULT_WEIGHTS, WATCH_THRESHOLD } from "../risk/sustainability/factors.js";
import { documentSchema } from "./document.js";
import { DaySchema, parseParameters } from "./parameters.js";
import { checkAsOf, PRICE_SOURCES, provenance, TVL_SOURCES } from "./provenance.js";
import { resolveProtocol } from "./resolveProtocol.js";
var ScoreParameters = z.strictObject({
  protocol: z.string().min(1).max(200).optional().describe("a protocol by slug or name"),
  chain: z.string().min(1).max(200).optional().describe("a chain"),
  asOf: DaySchema.optional().describe(
    "use only data up to this UTC day (default: the end of the daily history)"
  )
}).refine((p) => p.protocol === void 0 !== (p.chain === void 0), {
  message: "give protocol or chain (one of them)"
});
var ScoredFactor = z.strictObject({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  value: z.number().nullable().describe("null: unknown, left out of the score (never counted as safe)"),
  risk: z.number().nullable(),
  weight: z.number(),
  contribution: z.number().nullable()
});
var ScoreFields = {
  subject: z.string(),
  score: z.number(),
  band: z.enum(["healthy", "fragile", "warning", "critical"]),
  factors: z.array(ScoredFactor),
  unknown: z.array(z.string()).describe("factors left out because their signal is unknown"),
  drivers: z.string()
};
var ScoreResult = documentSchema("faultline.score/v1", {
  kind: z.enum(["protocol", "chain"]),
  id: z.string(),
  watchThreshold: z.number(),
  basis: z.string().describe("what the figures were read on (the daily history up to asOf)"),
  ...ScoreFields
});
var SCORE_SOURCES = [
  ...TVL_SOURCES,
  ...PRICE_SOURCES,
  "defillama/chain-tvl-daily",
  "aave-v3/top-borrowers"
];
async function scoreDay(app, asOf, field = "asOf") {
  await checkAsOf(app, asOf ?? null, TVL_SOURCES, field);
  const day = asOf ?? latestDataDay(await app.sustainability());
  if (!day) throw new NotFoundError("the store has no protocol history to score");
  return day;
}
async function score(app, parameters) {
  const p = parseParameters(ScoreParameters, parameters, "score");
  const data = await app.sustainability();
  const asOf = await scoreDay(app, p.asOf);
  const meta = { ...await provenance(app, SCORE_SOURCES, asOf), coverage: null };
  if (p.chain !== void 0) {
    const s2 = await chainScoreAt(data, p.chain, asOf);
    return {
      schema: "faultline.score/v1",
      ...meta,
      kind: "chain",
      id: p.chain,
      watchThreshold: WATCH_THRESHOLD,
      basis: `the chain's daily TVL up to ${asOf} (DefiLlama's published total where stored, else the stored protocols' sum)`,
      ...s2,
      asOf
    };
  }
  const id = resolveProtocol(data.tvl, p.protocol).id;
  const s = protocolScoreAt(data, id, asOf, DEFAULT_WEIGHTS);
  if (!s) throw new NotFoundError(`no daily history for ${id} up to ${asOf}`, { field: "protocol" });
  const last = data.protocols.get(id)?.series.filter((x) => x.day <= asOf).at(-1)?.day ?? asOf;
  return {
    schema: "faultline.score/v1",
    ...meta,
    kind: "protocol",
    id,
    watchThreshold: WATCH_THRESHOLD,
    basis: `the protocol's daily history up to ${last} (a protocol-list snapshot is one day, not a history: scores never read it)`,
    ...s,
    asOf
  };
}
export {
  SCORE_SOURCES,
  ScoreFields,
  ScoreParameters,
  ScoreResult,
  ScoredFactor,
  score,
  scoreDay
};
