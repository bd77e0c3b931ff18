import { TOKEN_PEGS } from '../model/tokenPegs.ts';
import { bookAssets } from '../risk/lending/bookAssets.ts';
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

export type LendingStressView = {
  results: StressResult[];
  risk: RiskSummary & { seed: number };
  assumptions: string[];
};

/**
 * The report's lending stress on a stored market under Aave v3.3 rules: ETH −20% and −40% (LSTs
 * following), every ETH LST depegging 5% and 10% against ETH, and a 10,000-path one-day VaR / LaR.
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
  const risk = await valueAtRisk(book, model, { ...REPORT_VAR, version: '3.3', workers: 1 });
  return {
    results: scenarios.map((s) => runStress(book, s, '3.3')),
    risk: { ...risk, seed: REPORT_VAR.seed },
    assumptions: [
      ...book.assumptions,
      'Seized collateral is sold at the oracle price (no pool given): cascades through DEX price impact are not in these rows; `faultline lending stress --scenario` adds them.',
      ...assumptions,
    ],
  };
}
