import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { createServer } from '../api/server.ts';
import { createApp } from '../app/createApp.ts';
import { resolveConfig } from '../core/config.ts';
import { ConfigError } from '../core/errors.ts';
import { openStoreSnapshot } from '../store/duckdb/storeSnapshot.ts';
import { ensureData } from './ensureData.ts';
import { numberOption } from './options.ts';
import { withApp } from './withApp.ts';

/** The built dashboard shipped with Faultline (`npm run build:web`). */
const WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));
/** How often the server looks for changes to the store made by other processes (ms). */
const REFRESH_MS = 2_000;

/** `faultline serve`: the HTTP API and the dashboard over a snapshot of the store. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/v1, docs at /api/docs) and the dashboard (/)')
    .option('--port <n>', 'TCP port', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--rate-limit <n>', 'POST computations per minute per client', '30')
    .action(async (o: { port: string; host: string; rateLimit: string }) => {
      const port = numberOption(o.port, '--port', 8080);
      if (!Number.isInteger(port) || port > 65_535)
        throw new ConfigError(`not a port: "${o.port}"`, { field: '--port' });
      const computeRateLimit = Math.max(1, Math.floor(numberOption(o.rateLimit, '--rate-limit', 30)));
      await withApp(program, async (app) => {
        await ensureData(app);
      });
      const flags = program.opts<{ data?: string; db?: string; registry?: string; restaking?: string }>();
      const config = resolveConfig({ flags, env: process.env, cwd: process.cwd() });
      const snapshot = await openStoreSnapshot(config.dbPath);
      const adminToken = process.env.FAULTLINE_ADMIN_TOKEN?.trim() || null;
      const context = {
        app: createApp({ config, store: snapshot }),
        generation: snapshot.generation,
        adminToken,
        computeRateLimit,
      };
      const server = await createServer({ context, webDir: WEB_DIR, logger: { level: 'warn' } });
      const timer = setInterval(() => {
        snapshot.refresh().catch((err: Error) => server.log.warn(`snapshot refresh failed: ${err.message}`));
      }, REFRESH_MS);
      const stop = async () => {
        clearInterval(timer);
        await server.close();
        await snapshot.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await server.listen({ host: o.host, port });
      const url = `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${(server.server.address() as { port: number }).port}`;
      process.stderr.write(
        `faultline: serving ${url}/ (dashboard), ${url}/api/docs (API); store ${config.dbPath} read from a snapshot, the CLI keeps working; admin ${adminToken ? 'on' : 'off (set FAULTLINE_ADMIN_TOKEN)'}\n`,
      );
    });
}
