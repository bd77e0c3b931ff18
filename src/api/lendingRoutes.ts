import type { FastifyInstance } from 'fastify';
import { LendingCurveParameters, LendingCurveResult, lendingCurve } from '../app/lending/lendingCurve.ts';
import {
  LendingPositionParameters,
  LendingPositionResult,
  lendingPosition,
} from '../app/lending/lendingPosition.ts';
import { LendingRatesParameters, LendingRatesResult, lendingRates } from '../app/lending/lendingRates.ts';
import {
  LendingSlippageParameters,
  LendingSlippageResult,
  lendingSlippage,
} from '../app/lending/lendingSlippage.ts';
import { LendingStressParameters, LendingStressResult, lendingStress } from '../app/lending/lendingStress.ts';
import { LendingVarParameters, LendingVarResult, lendingVar } from '../app/lending/lendingVar.ts';
import {
  LendingWindDownParameters,
  LendingWindDownResult,
  lendingWindDown,
} from '../app/lending/lendingWindDown.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

/**
 * Lending risk under Aave v3's exact rules, as the `lending` commands give it: one position, a shock or
 * scenario with its cascade, VaR / LaR (one thread per request), the liquidation curve, rates, slippage
 * and a wind-down, on a book a user sends or a stored market.
 */
export function lendingRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'POST',
    url: '/api/v1/lending/position',
    tags: ['lending', 'compute'],
    summary: 'One account: health factor, close factor, the liquidation and the health factor after',
    parameters: LendingPositionParameters,
    result: LendingPositionResult,
    run: (_app, body) => lendingPosition(body),
  });
  questionRoute(server, ctx, {
    method: 'POST',
    url: '/api/v1/lending/stress',
    tags: ['lending', 'compute'],
    summary:
      'A shock or scenario on a book: liquidation rounds, insolvency, bad debt, blocked debt, baseline',
    parameters: LendingStressParameters,
    result: LendingStressResult,
    run: (app, body) => lendingStress(app, body),
  });
  questionRoute(server, ctx, {
    method: 'POST',
    url: '/api/v1/lending/var',
    tags: ['lending', 'compute'],
    summary:
      "Gauntlet's one-day VaR 95% (insolvency) and LaR 95% (liquidated collateral) over the baseline, USD",
    parameters: LendingVarParameters.omit({ workers: true }),
    result: LendingVarResult,
    run: (app, body) => lendingVar(app, body),
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/lending/curve',
    tags: ['lending'],
    summary: 'Liquidated collateral and bad debt (USD) on a stored book as one asset falls, step by step',
    parameters: LendingCurveParameters,
    result: LendingCurveResult,
    run: (app, query) => lendingCurve(app, query),
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/lending/rates',
    tags: ['lending'],
    summary: "Aave v3's interest-rate model: borrow and supply rate at a utilisation",
    parameters: LendingRatesParameters,
    result: LendingRatesResult,
    run: (_app, query) => lendingRates(query),
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/lending/slippage',
    tags: ['lending'],
    summary: 'Loss selling seized collateral into a constant-product pool, and the largest profitable sale',
    parameters: LendingSlippageParameters,
    result: LendingSlippageResult,
    run: (_app, query) => lendingSlippage(query),
  });
  questionRoute(server, ctx, {
    method: 'POST',
    url: '/api/v1/lending/winddown',
    tags: ['lending', 'compute'],
    summary: 'A market switched to withdraw-only: stuck supply, time to unstick, redistribution',
    parameters: LendingWindDownParameters,
    result: LendingWindDownResult,
    run: (app, body) => lendingWindDown(app, body),
  });
}
