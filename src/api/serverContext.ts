import { type App, createApp } from '../app/createApp.ts';
import type { Config } from '../core/config.ts';
import type { SnapshotStatus, StoreSnapshot } from '../store/duckdb/storeSnapshot.ts';
import { DEFAULT_LIMITS, type ServerLimits } from './serverLimits.ts';

/** One request's hold on the data it reads: the app over one snapshot, and that snapshot's file. */
export type RequestLease = {
  app: App;
  /** The snapshot file (a computation thread opens it), or null when the app is not over a snapshot. */
  file: string | null;
  generation: number;
  release(): void;
};

/** What every route of the API reads from: the app over the server's snapshot, and the server's policy. */
export type ServerContext = {
  config: Config;
  /** The app over the newest snapshot (routes that hold no lease). */
  readonly app: App;
  /** Increases with every new store snapshot (the response cache keys on it). */
  generation(): number;
  /** Pins the newest snapshot for one request: it is not freed until released. */
  lease(): RequestLease;
  /** How fresh the served data is, or null when the app is not over a snapshot. */
  freshness(): SnapshotStatus | null;
  /** Calls `listener` with each snapshot file as it is freed. */
  onRetire(listener: (file: string) => void): void;
  /** The bearer token admin endpoints require, or null: admin endpoints are off. */
  adminToken: string | null;
  limits: ServerLimits;
};

/**
 * The context of `faultline serve`: one app per snapshot generation (its memo goes with it), each
 * request pinning the generation it started on.
 */
export function snapshotContext(options: {
  config: Config;
  snapshot: StoreSnapshot;
  adminToken: string | null;
  limits?: Partial<ServerLimits>;
}): ServerContext {
  const { config, snapshot } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const apps = new Map<string, App>();
  const appOf = (lease: ReturnType<StoreSnapshot['acquire']>): App => {
    let app = apps.get(lease.file);
    if (!app) {
      app = createApp({
        config,
        memoBytes: limits.memoBytes,
        store: {
          read: async () => lease.store,
          generation: () => lease.generation,
          write: (work) => snapshot.write(work),
          release: () => snapshot.release(),
          close: async () => undefined,
        },
      });
      apps.set(lease.file, app);
    }
    return app;
  };
  snapshot.onRetire((file) => apps.delete(file));
  return {
    config,
    get app() {
      const lease = snapshot.acquire();
      const app = appOf(lease);
      void snapshot.read();
      lease.release();
      return app;
    },
    generation: () => snapshot.generation(),
    lease: () => {
      const lease = snapshot.acquire();
      return { app: appOf(lease), file: lease.file, generation: lease.generation, release: lease.release };
    },
    freshness: () => snapshot.status(),
    onRetire: (listener) => snapshot.onRetire(listener),
    adminToken: options.adminToken,
    limits,
  };
}

/** A context over one app and no snapshot (the reference docs, a computation thread): nothing to pin. */
export function appContext(options: {
  app: App;
  generation?: () => number;
  adminToken?: string | null;
  limits?: Partial<ServerLimits>;
}): ServerContext {
  const generation = options.generation ?? (() => 0);
  return {
    config: options.app.config,
    app: options.app,
    generation,
    lease: () => ({ app: options.app, file: null, generation: generation(), release: () => undefined }),
    freshness: () => null,
    onRetire: () => undefined,
    adminToken: options.adminToken ?? null,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  };
}
