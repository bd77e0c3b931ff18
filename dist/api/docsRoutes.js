// src/api/docsRoutes.ts
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { PROBLEMS } from "./problem.js";
var PROBLEM_TABLE = Object.entries(PROBLEMS).map(([code, p]) => `| \`${code}\` | ${p.status} | ${p.title} |`).join("\n");
async function docsRoutes(server) {
  await server.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Faultline API",
        version: "1",
        description: [
          "Where value sits across DeFi, how concentrated and fragile it is, and what breaks first.",
          "Series are compact `[[day, value], ...]`; days are UTC; lists take `limit` and `offset`.",
          "GET responses carry an ETag and `Cache-Control: public, max-age=60` and are compressed (br, gzip).",
          "Errors are `application/problem+json` (RFC 9457) with a stable `code`:",
          "",
          "| code | status | meaning |",
          "|---|---|---|",
          PROBLEM_TABLE
        ].join("\n")
      },
      components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } }
    },
    transform: jsonSchemaTransform
  });
  await server.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  server.get("/api/openapi.json", { schema: { hide: true } }, async () => server.swagger());
}
export {
  docsRoutes
};
