import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ChainHighsParameters, ChainHighsResult, chainHighs } from '../app/chainHighs.ts';
import { ConcentrationParameters, ConcentrationResult, concentration } from '../app/concentration.ts';
import { DrawdownsParameters, DrawdownsResult, drawdowns } from '../app/drawdowns.ts';
import { LayersParameters, LayersResult, layers } from '../app/layers.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

/**
 * Market-wide views, as the CLI gives them: layers and the L2 share (`layers`), drawdowns from peak
 * (`drawdown`), a chain's N-day highs (`highs`), and concentration (`concentration`).
 */
export function marketRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/layers',
    heavy: true,
    tags: ['markets'],
    summary: 'Ethereum L1 and each L2 by month with the L2 share, or Bitcoin-side value in BTC',
    parameters: LayersParameters,
    result: LayersResult,
    run: layers,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/drawdowns',
    heavy: true,
    tags: ['markets'],
    summary: 'Protocols by fall from peak, in USD and ETH/BTC, with inflows vs price effect (paginated)',
    parameters: DrawdownsParameters,
    result: DrawdownsResult,
    run: drawdowns,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/chains/:chain/highs',
    heavy: true,
    tags: ['chains'],
    summary: "The days a chain's TVL set an N-day high",
    params: z.strictObject({ chain: z.string().min(1).max(200) }),
    parameters: ChainHighsParameters.omit({ chain: true }),
    result: ChainHighsResult,
    run: (app, query, params) => chainHighs(app, { ...query, chain: params.chain as string }),
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/concentration',
    heavy: true,
    tags: ['markets'],
    summary: 'Shares, HHI with its band, top-3 share, Nakamoto coefficients at 1/2 and 1/3',
    parameters: ConcentrationParameters,
    result: ConcentrationResult,
    run: concentration,
  });
}
