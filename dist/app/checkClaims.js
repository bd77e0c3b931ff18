// src/app/checkClaims.ts
import { z } from "zod";
import { checkClaims as checkEach } from "../analytics/checkClaims.js";
import { claimsFrom } from "../analytics/claims.js";
import { documentSchema } from "./document.js";
import { CHAIN_TOTAL_SOURCES, provenance, TVL_SOURCES } from "./provenance.js";
var CheckClaimsParameters = z.object({ claims: z.array(z.unknown()).max(1e3) }).loose().describe("claims: [{id, metric, subject, expect, tolerance, as_of, ...}]");
var Value = z.union([z.number(), z.string(), z.boolean()]);
var CheckClaimsResult = documentSchema("faultline.claims/v1", {
  results: z.array(
    z.strictObject({
      id: z.string(),
      status: z.enum(["holds", "differs", "unknown"]),
      actual: Value.nullable(),
      expected: Value,
      error: z.number().nullable().describe("|actual \u2212 expected| / |expected| for numbers"),
      reason: z.string().nullable().describe("the basis of the actual value, or why it is unknown")
    })
  )
});
async function checkClaims(app, parameters, source = "request body") {
  const claims = claimsFrom(parameters, source);
  const results = await checkEach(claims, (asOf) => app.tvl(asOf));
  return {
    schema: "faultline.claims/v1",
    asOf: null,
    ...await provenance(app, [...TVL_SOURCES, ...CHAIN_TOTAL_SOURCES], null),
    coverage: null,
    results
  };
}
export {
  CheckClaimsParameters,
  CheckClaimsResult,
  checkClaims
};
