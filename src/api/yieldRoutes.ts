import type { FastifyInstance } from 'fastify';
import {
  IncentiveBacktestParameters,
  IncentiveBacktestResult,
  incentiveBacktest,
} from '../app/yield/incentiveBacktest.ts';
import {
  RestakingYieldStackParameters,
  RestakingYieldStackResult,
  restakingYieldStack,
} from '../app/yield/restakingYieldStack.ts';
import { YieldBreakdownResult, YieldParameters, yieldBreakdown } from '../app/yield/yieldBreakdown.ts';
import { YieldCliffParameters, YieldCliffResult, yieldCliff } from '../app/yield/yieldCliff.ts';
import {
  YieldRateModelParameters,
  YieldRateModelResult,
  yieldRateModel,
} from '../app/yield/yieldRateModel.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

/** Where the yield comes from (as `faultline yield ...`): the breakdown, the cliff, the rate model, restaking stacks, the backtest. */
export function yieldRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/yield',
    tags: ['yield'],
    summary:
      "A protocol's, chain's, category's or pool's base and reward APY, the incentive share and who pays it",
    parameters: YieldParameters,
    result: YieldBreakdownResult,
    run: yieldBreakdown,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/yield/cliff',
    heavy: true,
    tags: ['yield'],
    summary: 'The incentive cliff measured on the pool histories, and a subject’s TVL if its rewards stopped',
    parameters: YieldCliffParameters,
    result: YieldCliffResult,
    run: yieldCliff,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/yield/rate-model',
    heavy: true,
    tags: ['yield'],
    summary: "Aave's rate model checked against the observed reserve rates, where the strategy is stated",
    parameters: YieldRateModelParameters,
    result: YieldRateModelResult,
    run: yieldRateModel,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/yield/stack',
    heavy: true,
    tags: ['yield', 'restaking'],
    summary: "A liquid restaking token's yield layer by layer, and what a 14-day exit still earns",
    parameters: RestakingYieldStackParameters,
    result: RestakingYieldStackResult,
    run: restakingYieldStack,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/yield/backtest',
    heavy: true,
    tags: ['yield'],
    summary: 'The sustainability backtest with and without the incentive-dependence factor',
    parameters: IncentiveBacktestParameters,
    result: IncentiveBacktestResult,
    run: incentiveBacktest,
  });
}
