import type { FastifyInstance } from 'fastify';
import { TvlExplainParameters, TvlExplainResult, tvlExplain } from '../app/tvlExplain.ts';
import { TvlParameters, TvlResult, tvlSeries } from '../app/tvlSeries.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

/** `GET /api/v1/tvl` and `/api/v1/tvl/explain`: a daily TVL series (as `faultline tvl`), or one day explained. */
export function tvlRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/tvl',
    heavy: true,
    tags: ['tvl'],
    summary: "Daily TVL series under DefiLlama's rules with its headline figure",
    parameters: TvlParameters,
    result: TvlResult,
    run: tvlSeries,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/tvl/explain',
    heavy: true,
    tags: ['tvl'],
    summary: 'One day of a TVL series broken down into protocols, chains and sections',
    parameters: TvlExplainParameters,
    result: TvlExplainResult,
    run: tvlExplain,
  });
}
