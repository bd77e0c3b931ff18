import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  MarketSnapshotsParameters,
  MarketSnapshotsResult,
  marketSnapshots,
} from '../app/market/marketSnapshots.ts';
import { MarketTvlParameters, MarketTvlResult, marketTvl } from '../app/market/marketTvl.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

/**
 * Lending markets read from the chain (`faultline market read` stores them): the snapshots stored, and
 * a market's TVL from chain beside DefiLlama's figure (as `market list` and `market tvl`).
 */
export function marketReadRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/lending/markets',
    tags: ['lending'],
    summary: 'The chain snapshots of lending markets in the store (market, chain, block, day, counts)',
    parameters: MarketSnapshotsParameters,
    result: MarketSnapshotsResult,
    run: marketSnapshots,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/lending/markets/:market/tvl',
    tags: ['lending'],
    summary: "A market's TVL from chain (supplied − borrowed, and held), beside DefiLlama's for the same day",
    params: z.strictObject({ market: z.string().min(1).max(200) }),
    parameters: MarketTvlParameters.omit({ market: true }),
    result: MarketTvlResult,
    run: (app, query, params) => marketTvl(app, { ...query, market: params.market as string }),
  });
}
