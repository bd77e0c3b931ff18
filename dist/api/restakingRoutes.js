// src/api/restakingRoutes.ts
import { z } from "zod";
import { assessmentDocument } from "../risk/restaking/assessmentDocument.js";
import { assessNetwork } from "../risk/restaking/assessNetwork.js";
import { loadSolver } from "../risk/restaking/milp.js";
import { parseRestakingNetwork, readRestakingNetwork } from "../sources/files/readRestakingNetwork.js";
import { computeConfig } from "./computeConfig.js";
import { JsonObject, NoQuery } from "./schemas.js";
var MAX_SOLVER_SECONDS = 10;
async function assessed(input, options) {
  const a = assessNetwork(await loadSolver(), input, options);
  return {
    schema: "faultline.restaking-check/v1",
    name: a.name,
    ...assessmentDocument(a),
    stake: a.stake,
    liquidity: a.liquidity,
    assumptions: a.assumptions,
    graph: {
      validators: a.network.validators.map((v) => ({ id: v.id, stake: v.stake })),
      services: a.network.services.map((s) => ({
        id: s.id,
        alpha: s.alpha,
        profit: s.profit,
        validators: s.validators
      }))
    }
  };
}
function restakingRoutes(server, ctx) {
  const api = server.withTypeProvider();
  api.get(
    "/api/v1/restaking",
    {
      schema: {
        tags: ["restaking"],
        summary: "The configured restaking network (EigenDA, Cyber, Lagrange by default) assessed",
        querystring: NoQuery
      }
    },
    async () => assessed(readRestakingNetwork(ctx.app.config.restakingFile), { timeLimitSeconds: MAX_SOLVER_SECONDS })
  );
  api.post(
    "/api/v1/restaking/check",
    {
      config: computeConfig(ctx),
      schema: {
        tags: ["restaking", "compute"],
        summary: "Is a restaking network secure? Certificate (\u03B3* or a valid attack), cascade, stake metrics",
        description: 'Body: `{"network": {...}, "psi"?: number, "shock"?: [ids], "timeLimitSeconds"?: number}`; the network in either README form (graph, or `"format": "eigenlayer"`).',
        body: z.strictObject({
          network: JsonObject,
          psi: z.number().min(0).max(1).optional(),
          shock: z.array(z.string().min(1)).max(1e4).optional(),
          timeLimitSeconds: z.number().positive().max(MAX_SOLVER_SECONDS).default(5)
        })
      }
    },
    async ({ body }) => assessed(parseRestakingNetwork(body.network, "request body network"), {
      ...body.psi === void 0 ? {} : { psi: body.psi },
      ...body.shock === void 0 ? {} : { shock: body.shock },
      timeLimitSeconds: body.timeLimitSeconds
    })
  );
}
export {
  MAX_SOLVER_SECONDS,
  restakingRoutes
};
