// src/api/qualityRoutes.ts
import { z } from "zod";
import { qualityFlags } from "../analytics/qualityFlags.js";
import { page } from "../app/page.js";
import { PageQuery } from "./pagination.js";
function qualityRoutes(server, ctx) {
  server.withTypeProvider().get(
    "/api/v1/quality",
    {
      schema: {
        tags: ["quality"],
        summary: "Data-quality flags: points kept out of totals, warnings, stale or unpriced sources",
        querystring: PageQuery.extend({
          protocol: z.string().max(200).optional(),
          kind: z.string().max(100).optional().describe("negative, held-spike, cliff, stale, unpriced, ..."),
          excluded: z.enum(["true", "false"]).default("false").describe("only points kept out of totals")
        })
      }
    },
    async ({ query: q }) => {
      const flags = await qualityFlags((await ctx.app.tvl()).store, {
        protocol: q.protocol,
        kind: q.kind,
        excluded: q.excluded === "true"
      });
      return { schema: "faultline.quality/v1", ...page(flags, q) };
    }
  );
}
export {
  qualityRoutes
};
