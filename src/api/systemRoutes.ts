import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { BtcLayersResult, btcLayers } from '../app/btcLayers.ts';
import { L2AssessResult, l2Assess } from '../app/l2Assess.ts';
import { L2CompareParameters, L2CompareResult, l2Compare } from '../app/l2Compare.ts';
import { L2ExposureResult, l2Exposure } from '../app/l2Exposure.ts';
import { L2SystemsResult, l2Systems, SystemsParameters } from '../app/l2Systems.ts';
import { SystemResult, system } from '../app/system.ts';
import { questionRoute } from './questionRoute.ts';
import { JsonObject } from './schemas.ts';
import type { ServerContext } from './serverContext.ts';

/**
 * L2s and Bitcoin layers under L2BEAT's framework (as `faultline l2`, `l2 exposure`, `l2 compare`,
 * `btc-layers`): the registry's facts as of a day, assessed, beside the published ratings, valued.
 */
export function systemRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/l2',
    tags: ['l2'],
    summary:
      'Every Ethereum L2 of the registry: stage, rosette, exit window, who can steal/freeze/censor, value',
    parameters: SystemsParameters,
    result: L2SystemsResult,
    run: l2Systems,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/btc-layers',
    heavy: true,
    tags: ['l2'],
    summary: "Bitcoin layers: bitcoinlayers.org's tiers, Faultline's thresholds, BTC value",
    parameters: SystemsParameters,
    result: BtcLayersResult,
    run: btcLayers,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/l2/exposure',
    tags: ['l2'],
    summary: 'Value-weighted exposure: value behind each weakness, value each DA layer secures',
    parameters: SystemsParameters,
    result: L2ExposureResult,
    run: l2Exposure,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/l2/compare',
    tags: ['l2'],
    summary: 'Two systems side by side (L2s or Bitcoin layers)',
    parameters: L2CompareParameters,
    result: L2CompareResult,
    run: l2Compare,
  });
  questionRoute(server, ctx, {
    method: 'POST',
    url: '/api/v1/l2/assess',
    tags: ['l2', 'compute'],
    summary:
      'Evaluate a hypothetical L2 (the `l2 assess` file format): exit window, DA, rosette, stage, unmet',
    parameters: JsonObject,
    result: L2AssessResult,
    run: (_app, body) => l2Assess(body, 'request body'),
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/systems/:id',
    tags: ['l2'],
    summary: 'One L2 or Bitcoin layer in full (by id, chain or name), with its registry facts',
    params: z.strictObject({ id: z.string().min(1).max(200) }),
    parameters: SystemsParameters,
    result: SystemResult,
    run: (app, query, params) => system(app, { ...query, id: params.id as string }),
  });
}
