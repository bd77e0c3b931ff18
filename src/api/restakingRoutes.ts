import type { FastifyInstance } from 'fastify';
import {
  RestakingBabylonParameters,
  RestakingBabylonResult,
  restakingBabylon,
} from '../app/restakingBabylon.ts';
import {
  RestakingCheckParameters,
  RestakingCheckResult,
  RestakingNetworkParameters,
  restakingCheck,
} from '../app/restakingCheck.ts';
import { RestakingSlashParameters, RestakingSlashResult, restakingSlash } from '../app/restakingSlash.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

/**
 * Restaking security (as `restaking check`, `restaking slash`, `restaking babylon`): the configured network
 * checked (`GET`), any network a user sends checked or slashed (`POST`), Babylon from the store. The checks
 * run in a worker thread with a deadline, off the event loop.
 */
export function restakingRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/restaking',
    heavy: true,
    tags: ['restaking'],
    summary:
      'The configured restaking network (EigenDA, Cyber, Lagrange by default) checked, as `restaking check`',
    parameters: RestakingNetworkParameters,
    result: RestakingCheckResult,
    run: (app, query) => restakingCheck(app, query),
  });
  questionRoute(server, ctx, {
    method: 'POST',
    url: '/api/v1/restaking/check',
    tags: ['restaking', 'compute'],
    summary: 'Is a restaking network secure? Certificate (γ* or a valid attack), cascade, stake metrics',
    description:
      'Body: `{"network": {...}, "psi"?: number, "shock"?: [ids], "timeLimitSeconds"?: number}`; the network in either README form (graph, or `"format": "eigenlayer"`).',
    parameters: RestakingCheckParameters,
    result: RestakingCheckResult,
    run: (app, body) => restakingCheck(app, body),
  });
  questionRoute(server, ctx, {
    method: 'POST',
    url: '/api/v1/restaking/slash',
    tags: ['restaking', 'compute'],
    summary: "EigenLayer slashing accounting: one operator set slashes an operator; every set's stake after",
    description:
      'Body: `{"network"?: {...EigenLayer form}, "operator": id, "set": "AVS" | "AVS:id", "fraction": w}` (default network: the configured one).',
    parameters: RestakingSlashParameters,
    result: RestakingSlashResult,
    run: (app, body) => restakingSlash(app, body),
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/restaking/babylon',
    tags: ['restaking'],
    summary: "Babylon's covenant quorum, slashing rate and BTC at risk, unbonding and finality quorum",
    parameters: RestakingBabylonParameters,
    result: RestakingBabylonResult,
    run: restakingBabylon,
  });
}
