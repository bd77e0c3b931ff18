// src/api/adminRoutes.ts
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { addDays, dayFromDate } from "../core/day.js";
import { createHostLimits } from "../sources/http/hostLimiter.js";
import { DEFAULT_HTTP } from "../sources/http/httpClient.js";
import { ApiProblem } from "./problem.js";
function authorize(request, token) {
  if (token === null)
    throw new ApiProblem("admin-disabled", "set FAULTLINE_ADMIN_TOKEN to enable admin endpoints");
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b))
    throw new ApiProblem("unauthorized", "missing or wrong bearer token");
}
function serverIngestSettings() {
  return {
    until: addDays(dayFromDate(/* @__PURE__ */ new Date()), -1),
    since: null,
    staleDays: 3,
    refresh: false,
    concurrency: 4,
    storeMemoryMib: 64,
    http: { ...DEFAULT_HTTP, limiter: createHostLimits({ concurrency: 4, ratePerSecond: 5 }) }
  };
}
function adminRoutes(server, ctx) {
  server.withTypeProvider().post(
    "/api/v1/admin/ingest",
    {
      schema: {
        tags: ["admin"],
        summary: "Import the data folder (files) or ingest live data (defillama, l2beat); bearer token required",
        security: [{ bearerAuth: [] }],
        body: z.strictObject({
          source: z.enum(["files", "defillama", "l2beat"]),
          protocols: z.array(z.string().min(1)).max(1e3).optional().describe("defillama: protocol slugs")
        })
      },
      onRequest: async (request) => authorize(request, ctx.adminToken)
    },
    async ({ body }) => {
      const { app } = ctx;
      const result = body.source === "files" ? await app.importData() : body.source === "l2beat" ? await app.ingestL2beat(serverIngestSettings()) : await app.ingestDefillama(
        { protocols: body.protocols ?? null, all: false, chains: null, fees: false, prices: true },
        serverIngestSettings()
      );
      return { source: body.source, generation: ctx.generation(), result };
    }
  );
}
export {
  adminRoutes
};
