// src/cli/serveCommand.ts
import { fileURLToPath } from "node:url";
import { createServer } from "../api/server.js";
import { createApp } from "../app/createApp.js";
import { resolveConfig } from "../core/config.js";
import { ConfigError } from "../core/errors.js";
import { openStoreSnapshot } from "../store/duckdb/storeSnapshot.js";
import { ensureData } from "./ensureData.js";
import { numberOption } from "./options.js";
import { withApp } from "./withApp.js";
var WEB_DIR = fileURLToPath(new URL("../../web/dist", import.meta.url));
var REFRESH_MS = 2e3;
function registerServe(program) {
  program.command("serve").description("serve the HTTP API (/api/v1, docs at /api/docs) and the dashboard (/)").option("--port <n>", "TCP port", "8080").option("--host <address>", "address to listen on", "127.0.0.1").option("--rate-limit <n>", "POST computations per minute per client", "30").action(async (o) => {
    const port = numberOption(o.port, "--port", 8080);
    if (!Number.isInteger(port) || port > 65535)
      throw new ConfigError(`not a port: "${o.port}"`, { field: "--port" });
    const computeRateLimit = Math.max(1, Math.floor(numberOption(o.rateLimit, "--rate-limit", 30)));
    await withApp(program, async (app) => {
      await ensureData(app);
    });
    const flags = program.opts();
    const config = resolveConfig({ flags, env: process.env, cwd: process.cwd() });
    const snapshot = await openStoreSnapshot(config.dbPath);
    const adminToken = process.env.FAULTLINE_ADMIN_TOKEN?.trim() || null;
    const context = {
      app: createApp({ config, store: snapshot }),
      generation: snapshot.generation,
      adminToken,
      computeRateLimit
    };
    const server = await createServer({ context, webDir: WEB_DIR, logger: { level: "warn" } });
    const timer = setInterval(() => {
      snapshot.refresh().catch((err) => server.log.warn(`snapshot refresh failed: ${err.message}`));
    }, REFRESH_MS);
    const stop = async () => {
      clearInterval(timer);
      await server.close();
      await snapshot.close();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    await server.listen({ host: o.host, port });
    const url = `http://${o.host.includes(":") ? `[${o.host}]` : o.host}:${server.server.address().port}`;
    process.stderr.write(
      `faultline: serving ${url}/ (dashboard), ${url}/api/docs (API); store ${config.dbPath} read from a snapshot, the CLI keeps working; admin ${adminToken ? "on" : "off (set FAULTLINE_ADMIN_TOKEN)"}
`
    );
  });
}
export {
  registerServe
};
