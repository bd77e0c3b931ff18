import type { AaveVersion, PositionBook } from '../../model/lending.ts';
import { bookAssets } from './bookAssets.ts';
import { runStress, type StressResult } from './liquidationCascade.ts';
import { shockScenario } from './shockScenario.ts';

/** The figures of a stress run that a baseline is subtracted from (USD, or counts of accounts and liquidations). */
export type StressFigures = Pick<
  StressResult,
  | 'liquidatableDebtUsd'
  | 'liquidatableAccounts'
  | 'insolvencyUsd'
  | 'insolventAccounts'
  | 'liquidatedCollateralUsd'
  | 'badDebtUsd'
  | 'liquidations'
>;

const FIGURES = [
  'liquidatableDebtUsd',
  'liquidatableAccounts',
  'insolvencyUsd',
  'insolventAccounts',
  'liquidatedCollateralUsd',
  'badDebtUsd',
  'liquidations',
] as const satisfies readonly (keyof StressFigures)[];

/** The figures of a stress result. */
export function stressFigures(r: StressResult): StressFigures {
  return Object.fromEntries(FIGURES.map((k) => [k, r[k]])) as StressFigures;
}

/**
 * The book's no-move state: the same cascade with every price where the book has it, fresh oracles and
 * liquidators present. A book whose accounts are already underwater or liquidatable before any move has
 * insolvency and liquidations here; a stress figure means something only as the increment over it.
 * @example bookBaseline(book, '3.3').insolvencyUsd // the pre-existing shortfall (USD)
 */
export function bookBaseline(book: PositionBook, version: AaveVersion): StressFigures {
  return stressFigures(runStress(book, shockScenario('no move', {}, bookAssets(book)), version));
}

/** What a scenario adds to the baseline, figure by figure (a negative value: the scenario lowers it). */
export function incrementOver(result: StressFigures, baseline: StressFigures): StressFigures {
  return Object.fromEntries(FIGURES.map((k) => [k, result[k] - baseline[k]])) as StressFigures;
}
