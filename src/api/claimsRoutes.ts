import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkClaims } from '../analytics/checkClaims.ts';
import { claimsFrom } from '../analytics/claims.ts';
import { computeConfig } from './computeConfig.ts';
import type { ServerContext } from './serverContext.ts';

/** `POST /api/v1/claims/check`: an analyst's numeric claims checked against the store (as `check-claims`). */
export function claimsRoutes(server: FastifyInstance, ctx: ServerContext): void {
  server.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/claims/check',
    {
      config: computeConfig(ctx),
      schema: {
        tags: ['compute'],
        summary: 'Check numeric claims: each holds, differs (actual, relative error) or unknown (why)',
        description:
          'Body: `{"claims": [{"id", "metric", "subject", "expected", "tolerance", "as_of", ...}]}` as in the README\'s claims files.',
        body: z.object({ claims: z.array(z.unknown()).max(1000) }).loose(),
      },
    },
    async ({ body }) => ({
      results: await checkClaims(claimsFrom(body, 'request body'), (asOf) => ctx.app.tvl(asOf)),
    }),
  );
}
