import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { report } from '../app/report.ts';
import { HEAVY } from './computeConfig.ts';
import { DayParam } from './schemas.ts';
import type { ServerContext } from './serverContext.ts';

/** `GET /api/v1/report`: the ecosystem report as data (`faultline.report/v1`, as `report --format json`). */
export function reportRoutes(server: FastifyInstance, ctx: ServerContext): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/report',
    {
      config: HEAVY,
      schema: {
        tags: ['report'],
        summary: 'The ecosystem report (faultline.report/v1); asOf builds it from data up to that day',
        querystring: z.strictObject({ asOf: DayParam.optional() }),
      },
    },
    async ({ query }) => report(ctx.app, query.asOf ?? null),
  );
}
