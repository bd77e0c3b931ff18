import type { FastifyInstance } from 'fastify';
import { EigenDaParameters, EigenDaResult, eigenda } from '../app/eigenda.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

/** `GET /api/v1/da/eigenda`: EigenDA's thresholds (as `da eigenda`). */
export function daRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/da/eigenda',
    tags: ['restaking'],
    summary:
      "EigenDA's reconstruction threshold, whether a confirmation/adversary pair is safe, and who can break it",
    parameters: EigenDaParameters,
    result: EigenDaResult,
    run: (_app, query) => eigenda(query),
  });
}
