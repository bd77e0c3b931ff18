import type { ServerContext } from './serverContext.ts';

/** Route config of a computation: run off the event loop, counted in the per-client computation limit. */
export const HEAVY = { heavy: true } as const;

/**
 * Route options every POST computation shares: `HEAVY` (see `heavyRoutes.ts`: a thread of the pool, the
 * deadline, cancellation, and one rate limit per client across every computing route).
 */
export const computeConfig = (_ctx: ServerContext) => HEAVY;
