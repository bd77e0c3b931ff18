import type { FastifyInstance } from 'fastify';
import {
  VersionedReportParameters,
  VersionedReportResult,
  versionedReport,
} from '../app/reportV1/reportV1Answer.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

/** `GET /api/v1/report`: the ecosystem report, as `report --format json` gives it. */
export function reportRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/report',
    // Seconds of scoring (the watchlist, the incentive backtest) and simulation: a thread of the pool.
    heavy: true,
    tags: ['report'],
    summary:
      'The ecosystem report as the documents of its questions; asOf builds it from data up to that day',
    parameters: VersionedReportParameters,
    result: VersionedReportResult,
    run: versionedReport,
  });
}
