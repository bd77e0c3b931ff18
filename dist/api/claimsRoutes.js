// src/api/claimsRoutes.ts
import { CheckClaimsParameters, CheckClaimsResult, checkClaims } from "../app/checkClaims.js";
import { questionRoute } from "./questionRoute.js";
function claimsRoutes(server, ctx) {
  questionRoute(server, ctx, {
    method: "POST",
    url: "/api/v1/claims/check",
    tags: ["compute"],
    summary: "Check numeric claims: each holds, differs (actual, relative error) or unknown (why)",
    description: 'Body: `{"claims": [{"id", "metric", "subject", "expected", "tolerance", "as_of", ...}]}` as in the README\'s claims files.',
    parameters: CheckClaimsParameters,
    result: CheckClaimsResult,
    run: (app, body) => checkClaims(app, body)
  });
}
export {
  claimsRoutes
};
