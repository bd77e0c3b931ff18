import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { createServer } from '../api/server.ts';
import { snapshotContext } from '../api/serverContext.ts';
import { DEFAULT_LIMITS } from '../api/serverLimits.ts';
import { resolveConfig } from '../core/config.ts';
import { ConfigError } from '../core/errors.ts';
import { cleanStaleSnapshots } from '../store/duckdb/cleanStaleSnapshots.ts';
import { openStoreSnapshot } from '../store/duckdb/storeSnapshot.ts';
import { ensureData } from './ensureData.ts';
import { numberOption } from './options.ts';
import type { ServeOptions } from './serveCommand.ts';
import { withApp } from './withApp.ts';

/** The built dashboard shipped with Faultline (`npm run build:web`). */
const WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));
/** How often the server looks for changes to the store made by other processes (ms). */
const REFRESH_MS = 2_000;
/** While refreshing keeps failing the same way, the log repeats it this often (ms). */
const REPEAT_WARNING_MS = 5 * 60_000;

/** A whole number of at least 1 from a flag. */
function countOption(value: string, flag: string, fallback: number): number {
  return Math.max(1, Math.floor(numberOption(value, flag, fallback)));
}

/** Runs `faultline serve` with its parsed options: imports what changed, then serves until stopped. */
export async function serve(program: Command, o: ServeOptions): Promise<void> {
  const port = numberOption(o.port, '--port', 8080);
  if (!Number.isInteger(port) || port > 65_535)
    throw new ConfigError(`not a port: "${o.port}"`, { field: '--port' });
  const cacheBytes = numberOption(o.cacheMib, '--cache-mib', 64) * 2 ** 20;
  const limits = {
    computeRateLimit: countOption(o.rateLimit, '--rate-limit', DEFAULT_LIMITS.computeRateLimit),
    workers: o.workers === undefined ? DEFAULT_LIMITS.workers : countOption(o.workers, '--workers', 1),
    queue: Math.floor(numberOption(o.queue, '--queue', DEFAULT_LIMITS.queue)),
    deadlineMs: Math.max(1, numberOption(o.deadline, '--deadline', 30)) * 1000,
    responseCacheBytes: cacheBytes,
    memoBytes: cacheBytes,
  };
  await withApp(program, async (app) => {
    await ensureData(app);
  });
  const flags = program.opts<{ data?: string; db?: string; registry?: string; restaking?: string }>();
  const config = resolveConfig({ flags, env: process.env, cwd: process.cwd() });
  const stale = cleanStaleSnapshots(config.dbPath);
  if (stale.length > 0)
    process.stderr.write(
      `faultline: removed ${stale.length} snapshot file(s) a stopped server left behind\n`,
    );
  const snapshot = await openStoreSnapshot(config.dbPath);
  const adminToken = process.env.FAULTLINE_ADMIN_TOKEN?.trim() || null;
  const context = snapshotContext({ config, snapshot, adminToken, limits });
  const server = await createServer({ context, webDir: WEB_DIR, logger: { level: 'warn' } });
  let warned = { message: '', at: 0 };
  const timer = setInterval(() => {
    snapshot.refresh().then(
      (changed) => {
        if (changed && warned.message)
          server.log.warn('snapshot refresh works again: serving the store as it is');
        if (changed) warned = { message: '', at: 0 };
      },
      (err: Error) => {
        if (err.message === warned.message && Date.now() - warned.at < REPEAT_WARNING_MS) return;
        warned = { message: err.message, at: Date.now() };
        server.log.warn(
          `snapshot refresh failed (serving generation ${snapshot.generation()}, /api/v1/health says degraded): ${err.message}`,
        );
      },
    );
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
}
