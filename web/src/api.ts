import type { BacktestResult } from '@app/backtest.ts';
import type { BtcLayersResult } from '@app/btcLayers.ts';
import type { ChainHighsResult } from '@app/chainHighs.ts';
import type { ChainsResult } from '@app/chains.ts';
import type { ConcentrationResult } from '@app/concentration.ts';
import type { DrawdownsResult } from '@app/drawdowns.ts';
import type { L2CompareResult } from '@app/l2Compare.ts';
import type { L2ExposureResult } from '@app/l2Exposure.ts';
import type { L2SystemsResult } from '@app/l2Systems.ts';
import type { LayersResult } from '@app/layers.ts';
import type { LendingCurveResult } from '@app/lending/lendingCurve.ts';
import type { LendingStressParameters, LendingStressResult } from '@app/lending/lendingStress.ts';
import type { LendingVarParameters, LendingVarResult } from '@app/lending/lendingVar.ts';
import type { ProtocolResult } from '@app/protocol.ts';
import type { CategoriesResult, ProtocolsResult } from '@app/protocols.ts';
import type { RestakingBabylonResult } from '@app/restakingBabylon.ts';
import type { RestakingCheckParameters, RestakingCheckResult } from '@app/restakingCheck.ts';
import type { ScoreResult } from '@app/score.ts';
import type { SystemResult } from '@app/system.ts';
import type { TvlExplainResult } from '@app/tvlExplain.ts';
import type { TvlResult } from '@app/tvlSeries.ts';
import type { WatchlistResult } from '@app/watchlist.ts';
import type { RestakingYieldStackResult } from '@app/yield/restakingYieldStack.ts';
import type { YieldBreakdownResult } from '@app/yield/yieldBreakdown.ts';
import type { YieldCliffResult } from '@app/yield/yieldCliff.ts';

/**
 * Every GET route the dashboard reads, and the document it answers with: the types come from the use
 * cases themselves (`src/app/`), so a changed document breaks the dashboard's type check, not a page.
 */
export type Documents = {
  '/api/v1/tvl': TvlResult;
  '/api/v1/tvl/explain': TvlExplainResult;
  '/api/v1/layers': LayersResult;
  '/api/v1/drawdowns': DrawdownsResult;
  '/api/v1/chains': ChainsResult;
  '/api/v1/chains/:chain/highs': ChainHighsResult;
  '/api/v1/concentration': ConcentrationResult;
  '/api/v1/protocols': ProtocolsResult;
  '/api/v1/categories': CategoriesResult;
  '/api/v1/protocols/:id': ProtocolResult;
  '/api/v1/l2': L2SystemsResult;
  '/api/v1/l2/exposure': L2ExposureResult;
  '/api/v1/l2/compare': L2CompareResult;
  '/api/v1/btc-layers': BtcLayersResult;
  '/api/v1/systems/:id': SystemResult;
  '/api/v1/score': ScoreResult;
  '/api/v1/watchlist': WatchlistResult;
  '/api/v1/backtest': BacktestResult;
  '/api/v1/lending/curve': LendingCurveResult;
  '/api/v1/restaking': RestakingCheckResult;
  '/api/v1/restaking/babylon': RestakingBabylonResult;
  '/api/v1/yield': YieldBreakdownResult;
  '/api/v1/yield/cliff': YieldCliffResult;
  '/api/v1/yield/stack': RestakingYieldStackResult;
};

/** A GET route of the API. */
export type Route = keyof Documents;

/**
 * Every POST computation the dashboard sends: the body it takes (the use case's parameters, as the route
 * validates them) and the document it answers with, both from the use cases (`src/app/`).
 */
export type Computations = {
  '/api/v1/lending/stress': { body: LendingStressParameters; result: LendingStressResult };
  '/api/v1/lending/var': { body: Omit<LendingVarParameters, 'workers'>; result: LendingVarResult };
  '/api/v1/restaking/check': { body: RestakingCheckParameters; result: RestakingCheckResult };
};

/** A problem document from the API (RFC 9457). */
export type Problem = { code: string; title: string; detail: string; status: number };

/** An API failure, carrying the problem the server sent. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

/** Query parameters; undefined ones are left out. */
export type Query = Record<string, string | number | boolean | undefined>;

/** The URL of a route: `:name` segments filled from `params`, then the query string. */
export function urlOf(route: Route, query: Query = {}, params: Record<string, string> = {}): string {
  const path = route.replace(/:([a-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams(
    Object.entries(query)
      .filter((e): e is [string, string | number | boolean] => e[1] !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  return search ? `${path}?${search}` : path;
}

/** GETs a route's document; a problem response becomes an ApiError. */
export async function getDocument<R extends Route>(
  route: R,
  query: Query = {},
  params: Record<string, string> = {},
): Promise<Documents[R]> {
  return answer(await fetch(urlOf(route, query, params)));
}

/** POSTs a computation's body and returns what it answers; a problem response becomes an ApiError. */
export async function postComputation<R extends keyof Computations>(
  route: R,
  body: Computations[R]['body'],
): Promise<Computations[R]['result']> {
  return answer(
    await fetch(route, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/** The JSON a response carries: the answer when it succeeded, else its problem as an ApiError. */
async function answer(response: Response) {
  const data = await response.json();
  if (!response.ok) throw new ApiError(data);
  return data;
}
