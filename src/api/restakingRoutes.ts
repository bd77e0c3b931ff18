import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { NetworkInput } from '../model/restaking.ts';
import { assessmentDocument } from '../risk/restaking/assessmentDocument.ts';
import { assessNetwork } from '../risk/restaking/assessNetwork.ts';
import { loadSolver } from '../risk/restaking/milp.ts';
import { parseRestakingNetwork, readRestakingNetwork } from '../sources/files/readRestakingNetwork.ts';
import { computeConfig } from './computeConfig.ts';
import { JsonObject, NoQuery } from './schemas.ts';
import type { ServerContext } from './serverContext.ts';

/** The most solver time a request may ask for, per exact search (s). */
export const MAX_SOLVER_SECONDS = 10;

async function assessed(
  input: NetworkInput,
  options: { psi?: number; shock?: string[]; timeLimitSeconds: number },
) {
  const a = assessNetwork(await loadSolver(), input, options);
  return {
    schema: 'faultline.restaking-check/v1',
    name: a.name,
    ...assessmentDocument(a),
    stake: a.stake,
    liquidity: a.liquidity,
    assumptions: a.assumptions,
    graph: {
      validators: a.network.validators.map((v) => ({ id: v.id, stake: v.stake })),
      services: a.network.services.map((s) => ({
        id: s.id,
        alpha: s.alpha,
        profit: s.profit,
        validators: s.validators,
      })),
    },
  };
}

/**
 * Restaking security: the configured network assessed (`GET`), and any network a user sends checked
 * exactly (`POST`, as `restaking check`), with the stake metrics and the graph to draw the coalition.
 */
export function restakingRoutes(server: FastifyInstance, ctx: ServerContext): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/restaking',
    {
      schema: {
        tags: ['restaking'],
        summary: 'The configured restaking network (EigenDA, Cyber, Lagrange by default) assessed',
        querystring: NoQuery,
      },
    },
    async () =>
      assessed(readRestakingNetwork(ctx.app.config.restakingFile), { timeLimitSeconds: MAX_SOLVER_SECONDS }),
  );
  api.post(
    '/api/v1/restaking/check',
    {
      config: computeConfig(ctx),
      schema: {
        tags: ['restaking', 'compute'],
        summary: 'Is a restaking network secure? Certificate (γ* or a valid attack), cascade, stake metrics',
        description:
          'Body: `{"network": {...}, "psi"?: number, "shock"?: [ids], "timeLimitSeconds"?: number}`; the network in either README form (graph, or `"format": "eigenlayer"`).',
        body: z.strictObject({
          network: JsonObject,
          psi: z.number().min(0).max(1).optional(),
          shock: z.array(z.string().min(1)).max(10_000).optional(),
          timeLimitSeconds: z.number().positive().max(MAX_SOLVER_SECONDS).default(5),
        }),
      },
    },
    async ({ body }) =>
      assessed(parseRestakingNetwork(body.network, 'request body network'), {
        ...(body.psi === undefined ? {} : { psi: body.psi }),
        ...(body.shock === undefined ? {} : { shock: body.shock }),
        timeLimitSeconds: body.timeLimitSeconds,
      }),
  );
}
