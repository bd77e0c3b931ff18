import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { qualityFlags } from '../analytics/qualityFlags.ts';
import { page } from '../app/page.ts';
import { PageQuery } from './pagination.ts';
import type { ServerContext } from './serverContext.ts';

/** `GET /api/v1/quality`: data-quality flags (as `faultline quality`), paginated. */
export function qualityRoutes(server: FastifyInstance, ctx: ServerContext): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/quality',
    {
      schema: {
        tags: ['quality'],
        summary: 'Data-quality flags: points kept out of totals, warnings, stale or unpriced sources',
        querystring: PageQuery.extend({
          protocol: z.string().max(200).optional(),
          kind: z.string().max(100).optional().describe('negative, held-spike, cliff, stale, unpriced, ...'),
          excluded: z.enum(['true', 'false']).default('false').describe('only points kept out of totals'),
        }),
      },
    },
    async ({ query: q }) => {
      const flags = await qualityFlags((await ctx.app.tvl()).store, {
        protocol: q.protocol,
        kind: q.kind,
        excluded: q.excluded === 'true',
      });
      return { schema: 'faultline.quality/v1', ...page(flags, q) };
    },
  );
}
