import type { FastifyInstance } from 'fastify';
import { QualityParameters, QualityResult, quality } from '../app/quality.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

/** `GET /api/v1/quality`: the data-quality document (as `faultline quality`). */
export function qualityRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/quality',
    tags: ['quality'],
    summary: 'Data-quality flags, each saying whether its data counts in figures, with counts by kind',
    parameters: QualityParameters,
    result: QualityResult,
    run: (app, query) => quality(app, query),
  });
}
