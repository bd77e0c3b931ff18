import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/api/server.ts';
import { snapshotContext } from '../../src/api/serverContext.ts';
import type { ServerLimits } from '../../src/api/serverLimits.ts';
import { resolveConfig } from '../../src/core/config.ts';
import { openStoreSnapshot, type StoreSnapshot } from '../../src/store/duckdb/storeSnapshot.ts';
import { REAL_DATA, tempDir } from './dataDir.ts';
import { importedStore } from './importedStore.ts';

/** The built dashboard (scripts/test.sh builds it before the tests). */
export const WEB_DIST = join(import.meta.dirname, '../../web/dist');

/** A running API server on 127.0.0.1 over a real store imported from the real data. */
export type ApiServer = {
  url: string;
  server: FastifyInstance;
  snapshot: StoreSnapshot;
  /** Environment that points the CLI at the same store. */
  env: Record<string, string>;
  close(): Promise<void>;
};

/**
 * Imports the real data into a fresh DuckDB file (with the CLI, as a user would), then serves it on
 * 127.0.0.1 on a free port.
 */
export async function startApiServer(
  options: {
    adminToken?: string | null;
    computeRateLimit?: number;
    limits?: Partial<ServerLimits>;
    /** Where the store lives (a tmpfs, to fill a disk); default a fresh temporary folder. */
    dir?: string;
  } = {},
): Promise<ApiServer> {
  const dir = options.dir ?? tempDir('faultline-api-');
  const env = { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: join(dir, 'store.duckdb') };
  importedStore(dir, 'store.duckdb');
  const config = resolveConfig({ flags: {}, env, cwd: process.cwd() });
  const snapshot = await openStoreSnapshot(config.dbPath);
  const context = snapshotContext({
    config,
    snapshot,
    adminToken: options.adminToken ?? null,
    // A loaded test machine computes slowly: a generous deadline unless a test is about deadlines.
    limits: {
      computeRateLimit: options.computeRateLimit ?? 1000,
      warmWorkers: false,
      deadlineMs: 120_000,
      ...options.limits,
    },
  });
  const server = await createServer({ context, webDir: WEB_DIST, logger: false });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    snapshot,
    env,
    close: async () => {
      await server.close();
      await snapshot.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
