import type { AaveVersion, LendingScenario, PositionBook } from '../../model/lending.ts';
import { bookAssets } from './bookAssets.ts';
import { runStress } from './liquidationCascade.ts';
import { shockScenario } from './shockScenario.ts';

/** A shock given as moves per asset (−0.4 = −40%) and depegs (0.05 = 5% below peg). */
export type ShockSpec = { shocks: Record<string, number>; depegs: Record<string, number> };

/** The `lending stress` document: the cascade's result, the book's size, who followed whom, assumptions. */
export type StressSummary = ReturnType<typeof stressBook>;

/**
 * Runs a scenario, or a shock turned into one (same-peg assets follow), on a book: the `lending stress`
 * result with the account count, the followers and the book's assumptions.
 * @example stressBook(book, { shocks: { WETH: -0.4 }, depegs: {} }, '3.3').badDebtUsd
 */
export function stressBook(book: PositionBook, input: LendingScenario | ShockSpec, version: AaveVersion) {
  const scenario = 'name' in input ? input : shockScenarioOf(book, input);
  return {
    ...runStress(book, scenario, version),
    accounts: book.accounts.length,
    follows: scenario.follows,
    assumptions: book.assumptions,
  };
}

function shockScenarioOf(book: PositionBook, spec: ShockSpec): LendingScenario {
  const label = [
    ...Object.entries(spec.shocks).map(([a, x]) => `${a}=${x}`),
    ...Object.entries(spec.depegs).map(([a, x]) => `depeg ${a}=${x}`),
  ].join(', ');
  return shockScenario(label, spec.shocks, bookAssets(book), spec.depegs);
}
