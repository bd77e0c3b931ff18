import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { explainTvl } from '../analytics/tvlExplain.ts';
import { tvlSeries } from '../analytics/tvlSeries.ts';
import { tvlSeriesDocument } from '../analytics/tvlSeriesDocument.ts';
import { subjectsOf, type TvlSubject } from '../analytics/tvlSubject.ts';
import { parseToggles } from '../analytics/tvlToggles.ts';
import { ApiProblem } from './problem.ts';
import { DayParam, DenominationParam } from './schemas.ts';
import type { ServerContext } from './serverContext.ts';

const TvlQuery = z.strictObject({
  chain: z.string().min(1).optional().describe('a chain, any spelling (zksync era, op, rsk)'),
  protocol: z.string().min(1).optional().describe('a protocol by slug or name; a parent sums its products'),
  category: z.string().min(1).optional().describe('a DefiLlama category (Lending, Dexs, ...)'),
  layer: z.string().min(1).optional().describe('every chain of a layer: L1, L2, L3, sidechain, btc-layer'),
  sections: z
    .string()
    .optional()
    .describe('extra sections to add: borrowed,staking,pool2,vesting,offers,treasury'),
  include: z.string().optional().describe('toggles: doublecounted,liquidstaking,bridge'),
  denominate: DenominationParam,
  from: DayParam.optional(),
  to: DayParam.optional().describe('last UTC day seen (later data is ignored)'),
  explain: DayParam.optional().describe('break this day down into protocols, chains and sections'),
  includeFlagged: z
    .enum(['true', 'false'])
    .default('false')
    .describe('count points the quality rules kept out'),
});

/** `GET /api/v1/tvl`: a daily TVL series under DefiLlama's exact rules (as `faultline tvl`), or one day explained. */
export function tvlRoutes(server: FastifyInstance, ctx: ServerContext): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/tvl',
    {
      schema: {
        tags: ['tvl'],
        summary: 'Daily TVL series (faultline.tvl/v1: points as [[day, value], ...]) or one day explained',
        querystring: TvlQuery,
      },
    },
    async (request) => {
      const q = request.query;
      const subjects = subjectsOf(q);
      if (subjects.length !== 1)
        throw new ApiProblem('invalid-request', 'give exactly one of chain, protocol, category, layer', [
          { path: 'querystring', message: 'exactly one of chain, protocol, category, layer' },
        ]);
      const tvlRequest = {
        subject: subjects[0] as TvlSubject,
        toggles: parseToggles(q.sections, q.include, { sections: 'sections', include: 'include' }),
        denominate: q.denominate,
        from: q.from ?? null,
        to: q.to ?? null,
        includeFlagged: q.includeFlagged === 'true',
      };
      const tvl = await ctx.tvl();
      if (q.explain !== undefined)
        return { schema: 'faultline.tvl-explain/v1', ...(await explainTvl(tvl, tvlRequest, q.explain)) };
      return tvlSeriesDocument(await tvlSeries(tvl, tvlRequest));
    },
  );
}
