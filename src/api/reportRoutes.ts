import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ReportParameters, ReportResult, report } from '../app/report.ts';
import { reportV1 } from '../app/reportV1/reportV1Answer.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

const Parameters = ReportParameters.extend({
  version: z
    .enum(['1', '2'])
    .default('2')
    .describe('1: the first report form (faultline.report/v1), still served'),
});

/** `GET /api/v1/report`: the ecosystem report (`faultline.report/v2`, as `report --format json`). */
export function reportRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/report',
    // Seconds of scoring (the watchlist, the incentive backtest) and simulation: a thread of the pool.
    heavy: true,
    tags: ['report'],
    summary:
      'The ecosystem report as the documents of its questions; asOf builds it from data up to that day',
    parameters: Parameters,
    result: z.union([ReportResult, z.looseObject({ schema: z.literal('faultline.report/v1') })]),
    run: (app, { version, ...parameters }) =>
      version === '1' ? reportV1(app, parameters) : report(app, parameters),
  });
}
