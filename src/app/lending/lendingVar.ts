import { z } from 'zod';
import { lendingShockModel } from '../../analytics/lendingShockModel.ts';
import type { PositionBook } from '../../model/lending.ts';
import { bookAssets } from '../../risk/lending/bookAssets.ts';
import { bookFindings } from '../../risk/lending/bookFindings.ts';
import { valueAtRisk } from '../../risk/lending/valueAtRisk.ts';
import type { App } from '../createApp.ts';
import { documentSchema } from '../document.ts';
import { IntParam, parseParameters } from '../parameters.ts';
import { provenance } from '../provenance.ts';
import { lendingBook } from './lendingBook.ts';
import { AaveVersionParam, assetValues, MarketParams, PositionsParam } from './lendingParameters.ts';
import { BookFields } from './lendingSchemas.ts';
import { MAX_LOSS_WORKERS, parallelLosses } from './parallelLosses.ts';

/** The most Monte Carlo paths one question may ask for. */
export const MAX_VAR_PATHS = 100_000;

/** The datasets the shock model reads: Aave's 90-day volatilities, ETH and BTC daily prices. */
export const SHOCK_MODEL_SOURCES = ['aave-v3/volatility', 'prices/daily'] as const;

export const LendingVarParameters = z.strictObject({
  positions: PositionsParam,
  ...MarketParams,
  paths: IntParam.pipe(z.number().int().min(100).max(MAX_VAR_PATHS))
    .default(10_000)
    .describe(`simulated one-day paths (100–${MAX_VAR_PATHS.toLocaleString('en-US')})`),
  seed: IntParam.pipe(z.number().int().min(0)).default(1).describe('random seed'),
  vol: assetValues(0, 1).default({}).describe('daily volatility overrides, e.g. {"LINK": 0.05}'),
  workers: IntParam.pipe(z.number().int().min(1).max(MAX_LOSS_WORKERS))
    .default(1)
    .describe('worker threads (the answer does not depend on it)'),
  version: AaveVersionParam,
});
export type LendingVarParameters = z.input<typeof LendingVarParameters>;

const Baseline = z.strictObject({
  insolvencyUsd: z.number().describe("Σ max(0, debt − collateral) before any move: the input's shortfall"),
  liquidatableDebtUsd: z.number(),
  liquidatedUsd: z.number(),
});

/**
 * `faultline.lending-var/v1`: Gauntlet's one-day VaR 95% (insolvency) and LaR 95% (liquidated
 * collateral) in USD, each the increment over the book at no move (`baseline`), with the run's settings,
 * the volatilities used, the book's origin, assumptions and findings.
 */
export const LendingVarResult = documentSchema('faultline.lending-var/v1', {
  paths: z.number().int(),
  var95: z.number().describe('95th percentile of the insolvency a day adds to the baseline (USD)'),
  lar95: z.number().describe('95th percentile of the collateral a day liquidates beyond the baseline (USD)'),
  liquidatableDebt95: z.number(),
  meanInsolvency: z.number(),
  meanLiquidated: z.number(),
  worstInsolvency: z.number(),
  baseline: Baseline,
  seed: z.number().int(),
  version: z.enum(['3.0', '3.3']),
  unit: z.literal('USD'),
  horizonDays: z.literal(1),
  volatilities: z.record(z.string(), z.number()).describe('daily volatility used per asset, a fraction'),
  ...BookFields,
});
export type LendingVarResult = z.infer<typeof LendingVarResult>;

/**
 * Gauntlet's one-day VaR and LaR on a book (the positions given, or a stored market) over correlated
 * shocks from the store's volatilities (overrides per asset first), valued on `workers` threads.
 */
export async function lendingVar(
  app: App,
  parameters: LendingVarParameters,
  files: { positions?: PositionBook } = {},
): Promise<LendingVarResult> {
  const p = parseParameters(LendingVarParameters, parameters, 'lending var');
  const { book, source, meta } = await lendingBook(app, p, files.positions);
  const store = await app.store();
  const { model, assumptions } = await lendingShockModel(store, bookAssets(book), p.vol);
  const risk = await valueAtRisk(
    book,
    model,
    { paths: p.paths, seed: p.seed, version: p.version },
    parallelLosses(p.workers),
  );
  const models = await provenance(app, SHOCK_MODEL_SOURCES, meta.asOf);
  return {
    schema: 'faultline.lending-var/v1',
    ...meta,
    dataThrough: { ...meta.dataThrough, ...models.dataThrough },
    sources: [...meta.sources, ...models.sources],
    ...risk,
    seed: p.seed,
    version: p.version,
    unit: 'USD',
    horizonDays: 1,
    accounts: book.accounts.length,
    volatilities: Object.fromEntries(model.assets.map((a, i) => [a, model.dailyVolatility[i] as number])),
    book: source,
    assumptions: [...book.assumptions, ...assumptions],
    findings: bookFindings(book),
  };
}
