// src/app/watchlist.ts
import { z } from "zod";
import { watchlist as belowThreshold } from "../analytics/watchlist.js";
import { DEFAULT_WEIGHTS, DEFAULT_WEIGHTS_NAME, WATCH_THRESHOLD } from "../risk/sustainability/factors.js";
import { documentSchema } from "./document.js";
import { DaySchema, NumberParam, parseParameters } from "./parameters.js";
import { provenance } from "./provenance.js";
import { SCORE_SOURCES, ScoreFields, scoreDay } from "./score.js";
var WatchlistParameters = z.strictObject({
  asOf: DaySchema.optional().describe(
    "use only data up to this UTC day (default: the end of the daily history)"
  ),
  threshold: NumberParam.pipe(z.number().min(0).max(100)).default(WATCH_THRESHOLD).describe("watch threshold, 0\u2013100")
});
var WatchlistResult = documentSchema("faultline.watchlist/v1", {
  threshold: z.number(),
  weights: z.string().describe("the published weight set the scores use"),
  entries: z.array(
    z.strictObject({ id: z.string(), category: z.string().nullable(), asOf: DaySchema, ...ScoreFields })
  )
});
async function watchlist(app, parameters) {
  const p = parseParameters(WatchlistParameters, parameters, "watchlist");
  const asOf = await scoreDay(app, p.asOf);
  const entries = belowThreshold(await app.sustainability(), asOf, DEFAULT_WEIGHTS, p.threshold);
  return {
    schema: "faultline.watchlist/v1",
    asOf,
    ...await provenance(app, SCORE_SOURCES, asOf),
    coverage: null,
    threshold: p.threshold,
    weights: DEFAULT_WEIGHTS_NAME,
    entries: entries.map((e) => ({
      ...e,
      asOf: e.asOf,
      factors: [...e.factors],
      unknown: [...e.unknown]
    }))
  };
}
export {
  WatchlistParameters,
  WatchlistResult,
  watchlist
};
