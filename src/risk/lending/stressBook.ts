import type { AaveVersion, LendingScenario, PositionBook } from '../../model/lending.ts';
import { bookAssets } from './bookAssets.ts';
import { bookBaseline, incrementOver } from './bookBaseline.ts';
import { bookFindings } from './bookFindings.ts';
import { runStress } from './liquidationCascade.ts';
import { shockScenario } from './shockScenario.ts';

/** A shock given as moves per asset (−0.4 = −40%) and depegs (0.05 = 5% below peg). */
export type ShockSpec = { shocks: Record<string, number>; depegs: Record<string, number> };

/**
 * The `lending stress` document: the state after the shock and its cascade (absolute), the book's
 * no-move `baseline` beside it, the `increment` the scenario adds (the figures to lead with), the
 * book's size, who followed whom, assumptions and data-quality findings.
 */
export type StressSummary = ReturnType<typeof stressBook>;

/**
 * Runs a scenario, or a shock turned into one (same-peg assets follow), on a book: the `lending stress`
 * result with the no-move baseline, the increment over it, the account count, the followers, the book's
 * assumptions and findings. `increment.badDebtUsd` is what the scenario itself costs.
 * @example stressBook(book, { shocks: { WETH: -0.4 }, depegs: {} }, '3.3').increment.badDebtUsd
 */
export function stressBook(book: PositionBook, input: LendingScenario | ShockSpec, version: AaveVersion) {
  const scenario = 'name' in input ? input : shockScenarioOf(book, input);
  const result = runStress(book, scenario, version);
  const baseline = bookBaseline(book, version);
  return {
    ...result,
    baseline,
    increment: incrementOver(result, baseline),
    accounts: book.accounts.length,
    follows: scenario.follows,
    assumptions: book.assumptions,
    findings: bookFindings(book),
  };
}

function shockScenarioOf(book: PositionBook, spec: ShockSpec): LendingScenario {
  const label = [
    ...Object.entries(spec.shocks).map(([a, x]) => `${a}=${x}`),
    ...Object.entries(spec.depegs).map(([a, x]) => `depeg ${a}=${x}`),
  ].join(', ');
  return shockScenario(label, spec.shocks, bookAssets(book), spec.depegs);
}
