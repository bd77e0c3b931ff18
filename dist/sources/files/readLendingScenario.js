// src/sources/files/readLendingScenario.ts
import { z } from "zod";
import { readJsonFile, validateJson } from "./readJsonFile.js";
var move = z.number().finite().min(-1, "a price cannot fall more than 100%");
var ScenarioFile = z.strictObject({
  name: z.string().min(1).default("scenario"),
  shocks: z.record(z.string().min(1), move).default({}),
  follows: z.record(
    z.string().min(1),
    z.union([
      z.string().min(1).transform((asset) => ({ asset, beta: 1 })),
      z.strictObject({ asset: z.string().min(1), beta: z.number().finite() })
    ])
  ).default({}),
  depegs: z.record(z.string().min(1), z.number().min(0).max(1, "a depeg is a fraction in [0, 1]")).default({}),
  staleOracle: z.strictObject({ assets: z.array(z.string().min(1)).min(1), behaviour: z.enum(["accepted", "frozen"]) }).nullable().default(null),
  sequencer: z.enum(["down", "grace"]).nullable().default(null),
  pools: z.record(
    z.string().min(1),
    z.strictObject({
      depthUsd: z.number().positive("pool depth must be above 0"),
      fee: z.number().min(0).lt(1).default(3e-3)
    })
  ).default({}),
  liquidityFactor: z.number().finite().positive("the liquidity factor must be above 0").default(1),
  liquidators: z.boolean().default(true)
});
function readLendingScenario(file) {
  return readJsonFile(file, ScenarioFile);
}
function parseLendingScenario(json, source) {
  return validateJson(json, ScenarioFile, source);
}
export {
  parseLendingScenario,
  readLendingScenario
};
