import { z } from 'zod';
import type { PositionBook } from '../../model/lending.ts';
import { bookAssets } from '../../risk/lending/bookAssets.ts';
import { bookBaseline, incrementOver, stressFigures } from '../../risk/lending/bookBaseline.ts';
import { bookFindings } from '../../risk/lending/bookFindings.ts';
import { runStress } from '../../risk/lending/liquidationCascade.ts';
import { shockScenario } from '../../risk/lending/shockScenario.ts';
import type { App } from '../createApp.ts';
import { documentSchema } from '../document.ts';
import { IntParam, NumberParam, parseParameters } from '../parameters.ts';
import { lendingBook } from './lendingBook.ts';
import { AaveVersionParam, MarketParams } from './lendingParameters.ts';
import { BookFields, StressFigures } from './lendingSchemas.ts';

export const LendingCurveParameters = z.strictObject({
  ...MarketParams,
  asset: z.string().min(1).max(50).default('WETH').describe('the asset that falls (same-peg assets follow)'),
  to: NumberParam.pipe(z.number().min(-0.95).max(-0.01))
    .default(-0.6)
    .describe('the deepest move, e.g. -0.6'),
  steps: IntParam.pipe(z.number().int().min(2).max(40))
    .default(12)
    .describe('steps from 0 to the deepest move'),
  version: AaveVersionParam,
});
export type LendingCurveParameters = z.input<typeof LendingCurveParameters>;

/**
 * `faultline.lending-curve/v1`: liquidated collateral, insolvency and bad debt (USD, absolute) on a book
 * as one asset falls step by step from 0, with the no-move `baseline` to read each point against and each
 * point's `increment` over it (what the move itself adds, the figure to lead with).
 */
export const LendingCurveResult = documentSchema('faultline.lending-curve/v1', {
  asset: z.string(),
  version: z.enum(['3.0', '3.3']),
  points: z.array(
    z.strictObject({
      move: z.number().describe('the asset move, a fraction (−0.4 = −40%), rounded to 1e-9'),
      liquidatableDebtUsd: z.number(),
      liquidatedCollateralUsd: z.number(),
      insolvencyUsd: z.number(),
      badDebtUsd: z.number(),
      increment: StressFigures.describe(
        'what this move adds to the baseline, figure by figure (USD; counts)',
      ),
    }),
  ),
  baseline: StressFigures,
  ...BookFields,
});
export type LendingCurveResult = z.infer<typeof LendingCurveResult>;

/**
 * The liquidation and bad-debt curve of a book (a stored market, or a positions file) as one asset
 * falls from 0 to `to` in `steps` equal steps, under Aave's exact rules.
 */
export async function lendingCurve(
  app: App,
  parameters: LendingCurveParameters,
  files: { positions?: PositionBook } = {},
): Promise<LendingCurveResult> {
  const p = parseParameters(LendingCurveParameters, parameters, 'lending curve');
  const { book, source, meta } = await lendingBook(app, p, files.positions);
  const assets = bookAssets(book);
  const baseline = bookBaseline(book, p.version);
  const moves = Array.from({ length: p.steps + 1 }, (_, i) => Math.round(((p.to * i) / p.steps) * 1e9) / 1e9);
  const points = moves.map((move) => {
    const r = runStress(book, shockScenario(`${p.asset}=${move}`, { [p.asset]: move }, assets), p.version);
    return {
      move,
      liquidatableDebtUsd: r.liquidatableDebtUsd,
      liquidatedCollateralUsd: r.liquidatedCollateralUsd,
      insolvencyUsd: r.insolvencyUsd,
      badDebtUsd: r.badDebtUsd,
      increment: incrementOver(stressFigures(r), baseline),
    };
  });
  return {
    schema: 'faultline.lending-curve/v1',
    ...meta,
    asset: p.asset,
    version: p.version,
    accounts: book.accounts.length,
    points,
    baseline,
    book: source,
    assumptions: book.assumptions,
    findings: bookFindings(book),
  };
}
