import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addDays, dayFromDate } from '../core/day.ts';
import type { IngestSettings } from '../ingest/ingestSettings.ts';
import { createHostLimits } from '../sources/http/hostLimiter.ts';
import { DEFAULT_HTTP } from '../sources/http/httpClient.ts';
import { ApiProblem } from './problem.ts';
import type { ServerContext } from './serverContext.ts';

/** Refuses the request unless admin is on and it carries `Authorization: Bearer <FAULTLINE_ADMIN_TOKEN>`. */
function authorize(request: FastifyRequest, token: string | null): void {
  if (token === null)
    throw new ApiProblem('admin-disabled', 'set FAULTLINE_ADMIN_TOKEN to enable admin endpoints');
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b))
    throw new ApiProblem('unauthorized', 'missing or wrong bearer token');
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
 * refused when none is configured. Runs on the store itself (one writer at a time), then serves a
 * fresh snapshot.
 */
export function adminRoutes(server: FastifyInstance, ctx: ServerContext): void {
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
      onRequest: async (request) => authorize(request, ctx.adminToken),
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
