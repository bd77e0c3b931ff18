// src/api/webRoutes.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
var DASHBOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
async function webRoutes(server, webDir) {
  if (!existsSync(join(webDir, "index.html"))) {
    server.get(
      "/",
      { schema: { hide: true } },
      async (_request, reply) => reply.code(503).type("text/plain; charset=utf-8").send(`the dashboard is not built (${webDir}): run npm run build:web; the API is at /api/docs
`)
    );
    return;
  }
  await server.register(fastifyStatic, {
    root: webDir,
    prefix: "/",
    wildcard: false,
    setHeaders: (res) => {
      res.setHeader("content-security-policy", DASHBOARD_CSP);
      res.setHeader("x-content-type-options", "nosniff");
    }
  });
}
export {
  DASHBOARD_CSP,
  webRoutes
};
