import type { BookFinding } from '../model/lending.ts';
import { TOKEN_PEGS } from '../model/tokenPegs.ts';
import { bookAssets } from '../risk/lending/bookAssets.ts';
import { bookBaseline, incrementOver, type StressFigures } from '../risk/lending/bookBaseline.ts';
import { bookFindings } from '../risk/lending/bookFindings.ts';
import type { StressResult } from '../risk/lending/liquidationCascade.ts';
import { runStress } from '../risk/lending/liquidationCascade.ts';
import type { RiskSummary } from '../risk/lending/lossDistribution.ts';
import { shockScenario } from '../risk/lending/shockScenario.ts';
import { valueAtRisk } from '../risk/lending/valueAtRisk.ts';
import type { Store } from '../store/store.ts';
import { aaveTopBorrowersBook } from './aaveTopBorrowersBook.ts';
import { lendingShockModel } from './lendingShockModel.ts';

/** Paths and seed of the report's VaR run. */
export const REPORT_VAR = { paths: 10_000, seed: 1 } as const;

/**
 * The report's lending stress. Lead with the increments (`results[].increment`, `risk.var95` ...):
 * `baseline` is the book at no move (its insolvency is the input's pre-existing shortfall, its own line),
 * `findings` the input's data-quality problems. USD.
 */
export type LendingStressView = {
  /** The state after each scenario (absolute), with what it adds to the baseline. */
  results: (StressResult & { increment: StressFigures })[];
  /** VaR / LaR as increments over the no-move losses, with those losses as `risk.baseline`. */
  risk: RiskSummary & { seed: number };
  /** The book at no move under the same rules (v3.3). */
  baseline: StressFigures;
  findings: BookFinding[];
  assumptions: string[];
};

/**
 * The report's lending stress on a stored market under Aave v3.3 rules: ETH −20% and −40% (LSTs
 * following), every ETH LST depegging 5% and 10% against ETH, and a 10,000-path one-day VaR / LaR, each
 * beside the no-move baseline and as the increment over it.
 */
export async function lendingStressView(store: Store, market: string): Promise<LendingStressView> {
  const book = await aaveTopBorrowersBook(store, market);
  const assets = bookAssets(book);
  const lsts = assets.filter(
    (a) => TOKEN_PEGS[a.toUpperCase()] === 'ETH' && !['ETH', 'WETH'].includes(a.toUpperCase()),
  );
  const depeg = (x: number) => Object.fromEntries(lsts.map((a) => [a, x]));
  const scenarios = [
    shockScenario('ETH −20%', { WETH: -0.2 }, assets),
    shockScenario('ETH −40%', { WETH: -0.4 }, assets),
    shockScenario(`LST depeg 5% (${lsts.join(', ')})`, {}, assets, depeg(0.05)),
    shockScenario(`LST depeg 10% (${lsts.join(', ')})`, {}, assets, depeg(0.1)),
  ];
  const { model, assumptions } = await lendingShockModel(store, assets);
  const risk = await valueAtRisk(book, model, { ...REPORT_VAR, version: '3.3' });
  const baseline = bookBaseline(book, '3.3');
  return {
    results: scenarios.map((s) => {
      const r = runStress(book, s, '3.3');
      return { ...r, increment: incrementOver(r, baseline) };
    }),
    risk: { ...risk, seed: REPORT_VAR.seed },
    baseline,
    findings: bookFindings(book),
    assumptions: [
      ...book.assumptions,
      'Seized collateral is sold at the oracle price (no pool given): cascades through DEX price impact are not in these rows; `faultline lending stress --scenario` adds them.',
      ...assumptions,
    ],
  };
}
