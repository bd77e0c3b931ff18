import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addDays, dayFromDate } from '../core/day.ts';
import type { IngestSettings } from '../ingest/ingestSettings.ts';
import { createHostLimits } from '../sources/http/hostLimiter.ts';
import { DEFAULT_HTTP } from '../sources/http/httpClient.ts';
import { ApiProblem } from './problem.ts';
import type { ServerContext } from './serverContext.ts';

/** The window in which failed admin authentications from one client are counted (ms). */
export const ADMIN_FAILURE_WINDOW_MS = 15 * 60_000;

/** Counts failed authentications per client (`increment: false` peeks): how many remain, and for how long. */
type Failures = (
  request: FastifyRequest,
  options?: { increment: boolean },
) => Promise<{ isAllowed: boolean; remaining?: number; ttlInSeconds?: number }>;

/**
 * Refuses the request unless admin is on and it carries `Authorization: Bearer <FAULTLINE_ADMIN_TOKEN>`.
 * A client that failed `max` times in the window is refused before its token is even compared (429
 * with Retry-After), so a token cannot be guessed at speed.
 */
async function authorize(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string | null,
  failures: Failures,
  max: number,
): Promise<void> {
  if (token === null)
    throw new ApiProblem('admin-disabled', 'set FAULTLINE_ADMIN_TOKEN to enable admin endpoints');
  const soFar = await failures(request, { increment: false });
  if (soFar.remaining === 0) {
    reply.header('retry-after', String(soFar.ttlInSeconds ?? 1));
    throw new ApiProblem(
      'rate-limited',
      `${max} failed admin authentications from this client in ${ADMIN_FAILURE_WINDOW_MS / 60_000} minutes; retry after ${soFar.ttlInSeconds} s`,
    );
  }
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    await failures(request);
    throw new ApiProblem('unauthorized', 'missing or wrong bearer token');
  }
}

/** Live-ingest settings for a server-triggered run: up to yesterday, 4 at once, 5 requests/s per host. */
function serverIngestSettings(): IngestSettings {
  return {
    until: addDays(dayFromDate(new Date()), -1),
    since: null,
    staleDays: 3,
    refresh: false,
    concurrency: 4,
    storeMemoryMib: 64,
    http: { ...DEFAULT_HTTP, limiter: createHostLimits({ concurrency: 4, ratePerSecond: 5 }) },
  };
}

/**
 * `POST /api/v1/admin/ingest`: the one way the API changes the store. Needs the admin bearer token;
 * refused when none is configured; failed attempts are throttled per client. Runs on the store itself
 * (one writer at a time), then serves a fresh snapshot.
 */
export function adminRoutes(server: FastifyInstance, ctx: ServerContext): void {
  const failures: Failures =
    typeof server.createRateLimit === 'function'
      ? server.createRateLimit({ max: ctx.limits.adminFailures, timeWindow: ADMIN_FAILURE_WINDOW_MS })
      : async () => ({ isAllowed: true });
  server.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/admin/ingest',
    {
      schema: {
        tags: ['admin'],
        summary:
          'Import the data folder (files) or ingest live data (defillama, l2beat); bearer token required',
        security: [{ bearerAuth: [] }],
        body: z.strictObject({
          source: z.enum(['files', 'defillama', 'l2beat']),
          protocols: z.array(z.string().min(1)).max(1000).optional().describe('defillama: protocol slugs'),
        }),
      },
      onRequest: async (request, reply) =>
        authorize(request, reply, ctx.adminToken, failures, ctx.limits.adminFailures),
    },
    async ({ body }) => {
      const { app } = ctx;
      const result =
        body.source === 'files'
          ? await app.importData()
          : body.source === 'l2beat'
            ? await app.ingestL2beat(serverIngestSettings())
            : await app.ingestDefillama(
                { protocols: body.protocols ?? null, all: false, chains: null, fees: false, prices: true },
                serverIngestSettings(),
              );
      return { source: body.source, generation: ctx.generation(), result };
    },
  );
}
