import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHAINS } from '../model/chains.ts';
import { PageQuery, paginate } from './pagination.ts';

/** `GET /api/v1/chains`: the chain taxonomy (MODELS §2): layer, settlement parent, stack, DA (paginated). */
export function chainRoutes(server: FastifyInstance): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/chains',
    {
      schema: {
        tags: ['chains'],
        summary: 'Chains with their layer, parent, stack and data availability (paginated)',
        querystring: PageQuery.extend({
          layer: z.enum(['L1', 'L2', 'L3', 'sidechain', 'btc-layer']).optional(),
        }),
      },
    },
    async ({ query: q }) => {
      const rows = [...CHAINS.values()].filter((c) => q.layer === undefined || c.layer === q.layer);
      return { schema: 'faultline.chains/v1', ...paginate(rows, q) };
    },
  );
}
