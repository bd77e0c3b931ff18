import type { FastifyInstance } from 'fastify';
import { CheckClaimsParameters, CheckClaimsResult, checkClaims } from '../app/checkClaims.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

/** `POST /api/v1/claims/check`: an analyst's numeric claims checked against the store (as `check-claims`). */
export function claimsRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'POST',
    url: '/api/v1/claims/check',
    tags: ['compute'],
    summary: 'Check numeric claims: each holds, differs (actual, relative error) or unknown (why)',
    description:
      'Body: `{"claims": [{"id", "metric", "subject", "expected", "tolerance", "as_of", ...}]}` as in docs/methodology.md, "Claims files".',
    parameters: CheckClaimsParameters,
    result: CheckClaimsResult,
    run: (app, body) => checkClaims(app, body),
  });
}
