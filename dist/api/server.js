// src/api/server.ts
import rateLimit from "@fastify/rate-limit";
import Fastify from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { adminRoutes } from "./adminRoutes.js";
import { claimsRoutes } from "./claimsRoutes.js";
import { docsRoutes } from "./docsRoutes.js";
import { installErrorHandler, sendProblem } from "./errorHandler.js";
import { lendingRoutes } from "./lendingRoutes.js";
import { marketRoutes } from "./marketRoutes.js";
import { protocolRoutes } from "./protocolRoutes.js";
import { qualityRoutes } from "./qualityRoutes.js";
import { reportRoutes } from "./reportRoutes.js";
import { installResponseCache } from "./responseCache.js";
import { restakingRoutes } from "./restakingRoutes.js";
import { NoQuery } from "./schemas.js";
import { sustainabilityRoutes } from "./sustainabilityRoutes.js";
import { systemRoutes } from "./systemRoutes.js";
import { tvlRoutes } from "./tvlRoutes.js";
import { webRoutes } from "./webRoutes.js";
var BODY_LIMIT_BYTES = 8 * 2 ** 20;
async function createServer({ context, webDir, logger }) {
  const server = Fastify({
    logger,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: (err, request, reply) => sendProblem(reply, "invalid-request", `${err.message} (${request.method})`)
  });
  server.removeContentTypeParser("text/plain");
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  installErrorHandler(server);
  installResponseCache(server, () => context.generation());
  await server.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, c) => ({
      statusCode: 429,
      message: `at most ${c.max} computations per ${c.after}; retry after ${c.ttl} ms`
    })
  });
  await docsRoutes(server);
  server.get(
    "/api/v1/health",
    { schema: { tags: ["meta"], summary: "Liveness and the snapshot generation", querystring: NoQuery } },
    async () => ({
      status: "ok",
      generation: context.generation()
    })
  );
  for (const routes of [
    tvlRoutes,
    protocolRoutes,
    marketRoutes,
    systemRoutes,
    qualityRoutes,
    reportRoutes,
    claimsRoutes,
    restakingRoutes,
    lendingRoutes,
    sustainabilityRoutes,
    adminRoutes
  ])
    routes(server, context);
  await webRoutes(server, webDir);
  return server;
}
export {
  BODY_LIMIT_BYTES,
  createServer
};
