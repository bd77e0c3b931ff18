import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ChainsParameters, ChainsResult, chains } from '../app/chains.ts';
import { ProtocolResult, protocol } from '../app/protocol.ts';
import {
  CategoriesResult,
  categories,
  ProtocolsParameters,
  ProtocolsResult,
  protocols,
} from '../app/protocols.ts';
import { questionRoute } from './questionRoute.ts';
import { NoQuery } from './schemas.ts';
import type { ServerContext } from './serverContext.ts';

/** Protocols (search, categories, one in full) and the chain taxonomy. */
export function protocolRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/protocols',
    tags: ['protocols'],
    summary: 'Protocols, largest first; q searches names and slugs (paginated)',
    parameters: ProtocolsParameters,
    result: ProtocolsResult,
    run: protocols,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/categories',
    tags: ['protocols'],
    summary: 'DefiLlama categories with daily history, with their protocol count and TVL (USD, snapshot)',
    parameters: NoQuery,
    result: CategoriesResult,
    run: (app) => categories(app),
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/protocols/:id',
    heavy: true,
    tags: ['protocols'],
    summary: 'One protocol: newest TVL with its day, value by chain, drawdown, data-quality flags',
    params: z.strictObject({ id: z.string().min(1).max(200) }),
    parameters: NoQuery,
    result: ProtocolResult,
    run: (app, _query, params) => protocol(app, { id: params.id as string }),
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/chains',
    tags: ['chains'],
    summary: 'Chains with their layer, parent, stack and data availability (paginated)',
    parameters: ChainsParameters,
    result: ChainsResult,
    run: chains,
  });
}
