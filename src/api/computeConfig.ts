import type { ServerContext } from './serverContext.ts';

/** Route options every POST computation shares: a per-client rate limit. */
export const computeConfig = (ctx: ServerContext) => ({
  rateLimit: { max: ctx.computeRateLimit, timeWindow: '1 minute' },
});
