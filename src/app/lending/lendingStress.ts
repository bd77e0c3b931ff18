import { z } from 'zod';
import { UsageError } from '../../core/errors.ts';
import type { LendingScenario, PositionBook } from '../../model/lending.ts';
import { stressBook } from '../../risk/lending/stressBook.ts';
import { parseLendingScenario } from '../../sources/files/readLendingScenario.ts';
import type { App } from '../createApp.ts';
import { documentSchema } from '../document.ts';
import { parseParameters } from '../parameters.ts';
import { lendingBook } from './lendingBook.ts';
import {
  AaveVersionParam,
  assetValues,
  JsonInput,
  MarketParams,
  PositionsParam,
} from './lendingParameters.ts';
import {
  AssetStress,
  BlockedDebt,
  BookFields,
  StressFigures,
  StressFiguresFields,
} from './lendingSchemas.ts';

export const LendingStressParameters = z.strictObject({
  positions: PositionsParam,
  ...MarketParams,
  shocks: assetValues(-1, 10)
    .default({})
    .describe('price moves, e.g. {"WETH": -0.4} (same-peg assets follow)'),
  depegs: assetValues(0, 1).default({}).describe('depegs below peg, e.g. {"weETH": 0.05}'),
  scenario: JsonInput.optional().describe('a scenario (README, "Lending scenarios") instead of shocks'),
  version: AaveVersionParam,
});
export type LendingStressParameters = z.input<typeof LendingStressParameters>;

/** What a front end read from the user's files for `lending stress` (validated by the model schemas). */
export type LendingStressFiles = { positions?: PositionBook; scenario?: LendingScenario };

/**
 * `faultline.lending-stress/v1`: a shock or scenario and its liquidation cascade on a book, the state
 * after it (absolute, the fields `lending stress --json` always had), the no-move `baseline`, the
 * `increment` the scenario adds (the figures to lead with), the book's origin, assumptions and findings.
 */
export const LendingStressResult = documentSchema('faultline.lending-stress/v1', {
  scenario: z.string(),
  version: z.enum(['3.0', '3.3']),
  ...StressFiguresFields,
  rounds: z.number().int(),
  blockedDebtUsd: BlockedDebt,
  perAsset: z.array(AssetStress),
  baseline: StressFigures.describe(
    'the book at no move: its insolvency is the shortfall already in the input',
  ),
  increment: StressFigures.describe('what the scenario adds to the baseline, figure by figure'),
  follows: z.record(z.string(), z.strictObject({ asset: z.string(), beta: z.number() })),
  ...BookFields,
});
export type LendingStressResult = z.infer<typeof LendingStressResult>;

/**
 * Runs a shock (same-peg assets follow) or a scenario on a book (the positions given, or a stored market:
 * a chain snapshot or the imported top-1,000) under Aave's exact liquidation rules: liquidations round by
 * round, insolvency, bad debt, debt nobody could liquidate and why, each beside the no-move baseline.
 * Exactly one of a scenario and shocks/depegs.
 */
export async function lendingStress(
  app: App,
  parameters: LendingStressParameters,
  files: LendingStressFiles = {},
): Promise<LendingStressResult> {
  const p = parseParameters(LendingStressParameters, parameters, 'lending stress');
  const moves = Object.keys(p.shocks).length + Object.keys(p.depegs).length;
  if (p.scenario !== undefined && files.scenario !== undefined)
    throw new UsageError('give a scenario in the request or a scenario file, not both', {
      field: 'scenario',
    });
  const scenario =
    files.scenario ??
    (p.scenario === undefined ? undefined : parseLendingScenario(p.scenario, 'request body scenario'));
  if ((scenario === undefined) === (moves === 0))
    throw new UsageError(
      moves === 0
        ? 'give shocks (ASSET=MOVE), depegs (ASSET=FRACTION) or a scenario'
        : 'give a scenario or shocks and depegs, not both',
      { field: moves === 0 ? 'shocks' : 'scenario' },
    );
  const { book, source, meta } = await lendingBook(app, p, files.positions);
  const r = stressBook(book, scenario ?? { shocks: p.shocks, depegs: p.depegs }, p.version);
  return { schema: 'faultline.lending-stress/v1', ...meta, ...r, book: source };
}
