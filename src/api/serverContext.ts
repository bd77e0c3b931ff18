import type { App } from '../app/createApp.ts';

/** What every route of the API reads from: the app over the server's snapshot, and the server's policy. */
export type ServerContext = {
  app: App;
  /** Increases with every new store snapshot (the response cache keys on it). */
  generation(): number;
  /** The bearer token admin endpoints require, or null: admin endpoints are off. */
  adminToken: string | null;
  /** Requests per minute per client on POST computations. */
  computeRateLimit: number;
};
