import type { FastifyInstance } from 'fastify';
import type { PoolStats } from '../app/workers/workerPool.ts';
import type { Day } from '../core/day.ts';
import type { ResponseCacheStats } from './responseCache.ts';
import { NoQuery } from './schemas.ts';
import type { ServerContext } from './serverContext.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * `GET /api/v1/health`: whether the server serves the store as it is, and how old that data is. It says
 * `degraded` with HTTP 503 while the store has changed and refreshing the snapshot keeps failing (a full
 * disk, a store being rebuilt): an old generation is then served, never as "ok". Never cached.
 */
export function healthRoute(
  server: FastifyInstance,
  ctx: ServerContext,
  stats: { responses: () => ResponseCacheStats; computations: () => PoolStats },
): void {
  server.get(
    '/api/v1/health',
    {
      schema: {
        tags: ['meta'],
        summary:
          'Liveness, the snapshot served and how old its data is; degraded (503) while refreshing keeps failing',
        querystring: NoQuery,
      },
    },
    async (_request, reply) => {
      const fresh = ctx.freshness();
      const lease = ctx.lease();
      let dataThrough: Day | null = null;
      const memo = lease.app.memoStats();
      try {
        for (const d of await lease.app.datasets())
          if (
            d.status === 'imported' &&
            d.lastDay !== null &&
            (dataThrough === null || d.lastDay > dataThrough)
          )
            dataThrough = d.lastDay;
      } finally {
        lease.release();
      }
      const degraded = fresh?.behind === true;
      const now = Date.now();
      reply.code(degraded ? 503 : 200).header('cache-control', 'no-store');
      return {
        status: degraded ? 'degraded' : 'ok',
        generation: ctx.generation(),
        dataThrough,
        snapshot: fresh && {
          takenAt: iso(fresh.takenAt),
          ageSeconds: Math.round((now - fresh.takenAt) / 1000),
          storeChangedAt: iso(fresh.storeChangedAt),
          open: fresh.open,
        },
        refresh: fresh && {
          behind: fresh.behind,
          failures: fresh.failures,
          lastError: fresh.lastError,
          lastAttemptAt: iso(fresh.lastAttemptAt),
        },
        caches: { responses: stats.responses(), memo },
        computations: stats.computations(),
      };
    },
  );
}
