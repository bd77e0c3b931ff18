import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chainSeries } from '../analytics/chainSeries.ts';
import { drawdowns } from '../analytics/drawdowns.ts';
import { highs } from '../analytics/highs.ts';
import { bitcoinLayers, ethereumLayers } from '../analytics/layers.ts';
import { type Market, marketConcentration, marketsOf } from '../analytics/markets.ts';
import { PageQuery, paginate } from './pagination.ts';
import { ApiProblem } from './problem.ts';
import { DayParam, DenominationParam } from './schemas.ts';
import type { ServerContext } from './serverContext.ts';

/**
 * Market-wide views, as the CLI gives them: layers and the L2 share (`layers`), drawdowns from peak
 * (`drawdown`), a chain's N-day highs (`highs`), and concentration (`concentration`).
 */
export function marketRoutes(server: FastifyInstance, ctx: ServerContext): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/layers',
    {
      schema: {
        tags: ['markets'],
        summary: 'Ethereum L1 and each L2 by month with the L2 share, or Bitcoin-side value in BTC',
        querystring: z.strictObject({
          parent: z.enum(['Ethereum', 'Bitcoin']).default('Ethereum'),
          from: DayParam.optional().describe('first month shown (a day in it)'),
          to: DayParam.optional().describe('use only data up to this UTC day'),
        }),
      },
    },
    async ({ query: q }) => {
      const tvl = await ctx.tvl(q.to ?? null);
      if (q.parent === 'Bitcoin')
        return {
          schema: 'faultline.layers/v1',
          parent: 'Bitcoin',
          ...(await bitcoinLayers(tvl, q.from ?? null, q.to ?? null)),
        };
      return {
        schema: 'faultline.layers/v1',
        parent: 'Ethereum',
        months: await ethereumLayers(tvl, q.from ?? null, q.to ?? null),
      };
    },
  );
  api.get(
    '/api/v1/drawdowns',
    {
      schema: {
        tags: ['markets'],
        summary: 'Protocols by fall from peak, in USD and ETH/BTC, with inflows vs price effect (paginated)',
        querystring: PageQuery.extend({
          minPeak: z.coerce.number().min(0).default(10_000_000).describe('leave out peaks below this (USD)'),
          asOf: DayParam.optional(),
          denominate: DenominationParam,
        }),
      },
    },
    async ({ query: q }) => {
      const asOf = q.asOf ?? null;
      const rows = await drawdowns(await ctx.tvl(asOf), { unit: q.denominate, minPeakUsd: q.minPeak, asOf });
      return {
        schema: 'faultline.drawdown/v1',
        asOf,
        unit: q.denominate,
        minPeakUsd: q.minPeak,
        ...paginate(rows, q),
      };
    },
  );
  api.get(
    '/api/v1/chains/:chain/highs',
    {
      schema: {
        tags: ['chains'],
        summary: "The days a chain's TVL set an N-day high",
        params: z.strictObject({ chain: z.string().min(1) }),
        querystring: z.strictObject({
          window: z.coerce.number().int().min(1).max(3650).default(90).describe('N, in days'),
          from: DayParam.optional(),
          asOf: DayParam.optional(),
        }),
      },
    },
    async ({ params, query: q }) => {
      const asOf = q.asOf ?? null;
      const series = await chainSeries(await ctx.tvl(asOf), params.chain, asOf);
      const found = highs(series.points, q.window).filter((h) => q.from === undefined || h.day >= q.from);
      return {
        schema: 'faultline.highs/v1',
        chain: series.chain,
        windowDays: q.window,
        source: series.source,
        lastDay: series.points.at(-1)?.day ?? null,
        highs: found,
      };
    },
  );
  api.get(
    '/api/v1/concentration',
    {
      schema: {
        tags: ['markets'],
        summary: 'Shares, HHI with its band, top-3 share, Nakamoto coefficients at 1/2 and 1/3',
        querystring: z.strictObject({
          category: z.string().min(1).optional(),
          market: z.enum(['l2', 'btc-staking']).optional(),
          chain: z.string().min(1).optional(),
          asOf: DayParam.optional(),
        }),
      },
    },
    async ({ query: q }) => {
      const markets = marketsOf(q);
      if (markets.length !== 1)
        throw new ApiProblem('invalid-request', 'give exactly one of category, market, chain');
      const asOf = q.asOf ?? null;
      return {
        schema: 'faultline.concentration/v1',
        markets: await marketConcentration(await ctx.tvl(asOf), markets[0] as Market, asOf),
      };
    },
  );
}
