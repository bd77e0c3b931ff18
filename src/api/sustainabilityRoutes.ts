import type { FastifyInstance } from 'fastify';
import { BacktestParameters, BacktestResult, backtest } from '../app/backtest.ts';
import { ScoreParameters, ScoreResult, score } from '../app/score.ts';
import { WatchlistParameters, WatchlistResult, watchlist } from '../app/watchlist.ts';
import { questionRoute } from './questionRoute.ts';
import type { ServerContext } from './serverContext.ts';

/**
 * Sustainability: a protocol's or chain's score (as `faultline score`), the watchlist, the backtest.
 * All three are computations (a new day scores every protocol): a thread of the pool answers them.
 */
export function sustainabilityRoutes(server: FastifyInstance, ctx: ServerContext): void {
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/score',
    tags: ['sustainability'],
    summary: 'Sustainability score of a protocol, or ghost-chain score of a chain: factors, weights, drivers',
    parameters: ScoreParameters,
    result: ScoreResult,
    heavy: true,
    run: score,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/watchlist',
    tags: ['sustainability'],
    summary: 'Every protocol scoring below the threshold, worst first, from data known on asOf',
    parameters: WatchlistParameters,
    result: WatchlistResult,
    heavy: true,
    run: watchlist,
  });
  questionRoute(server, ctx, {
    method: 'GET',
    url: '/api/v1/backtest',
    tags: ['sustainability'],
    summary:
      'The score backtested monthly on history: weights chosen before split, judged after (as `faultline backtest`)',
    parameters: BacktestParameters,
    result: BacktestResult,
    heavy: true,
    run: (app, query) => backtest(app, query),
  });
}
