import type { PositionBook } from '../model/lending.ts';
import { bookAssets } from '../risk/lending/bookAssets.ts';
import { bookFindings } from '../risk/lending/bookFindings.ts';
import { type VarOptions, valueAtRisk } from '../risk/lending/valueAtRisk.ts';
import type { Store } from '../store/store.ts';
import { lendingShockModel } from './lendingShockModel.ts';

/**
 * The `lending var` document: VaR / LaR (USD) as increments over the book at no move (`baseline`, its
 * insolvency the input's pre-existing shortfall), the run's settings, the volatilities used, the
 * assumptions and the input's data-quality findings.
 */
export type ValueAtRiskSummary = Awaited<ReturnType<typeof lendingValueAtRisk>>;

/**
 * Gauntlet's one-day VaR and LaR on a book, with the shock model read from the store (volatility
 * overrides per asset win) and every assumption of the book and the model listed.
 * @example (await lendingValueAtRisk(store, book, { paths: 10000, seed: 1, version: '3.3', workers: 1 }, {})).var95
 */
export async function lendingValueAtRisk(
  store: Store,
  book: PositionBook,
  options: VarOptions,
  overrides: Readonly<Record<string, number>>,
) {
  const { model, assumptions } = await lendingShockModel(store, bookAssets(book), overrides);
  const risk = await valueAtRisk(book, model, options);
  return {
    ...risk,
    seed: options.seed,
    version: options.version,
    unit: 'USD',
    horizonDays: 1,
    accounts: book.accounts.length,
    volatilities: Object.fromEntries(model.assets.map((a, i) => [a, model.dailyVolatility[i]])),
    assumptions: [...book.assumptions, ...assumptions],
    findings: bookFindings(book),
  };
}
