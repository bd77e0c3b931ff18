// src/api/reportRoutes.ts
import { z } from "zod";
import { report } from "../app/report.js";
import { DayParam } from "./schemas.js";
function reportRoutes(server, ctx) {
  server.withTypeProvider().get(
    "/api/v1/report",
    {
      schema: {
        tags: ["report"],
        summary: "The ecosystem report (faultline.report/v1); asOf builds it from data up to that day",
        querystring: z.strictObject({ asOf: DayParam.optional() })
      }
    },
    async ({ query }) => report(ctx.app, query.asOf ?? null)
  );
}
export {
  reportRoutes
};
