import type { AaveVersion } from '../../model/lending.ts';
import { type CompiledBook, pathLoss } from './compiledBook.ts';

/** Losses per path (USD), one array per measure. */
export type LossSamples = {
  insolvency: Float64Array;
  liquidatableDebt: Float64Array;
  liquidated: Float64Array;
};

/**
 * Losses on paths [from, to) of `multipliers` (paths × modelAssets): `columns[k]` is the model column
 * of the book's asset k, or −1 for an asset the model keeps still. Writes into `out` at the path index.
 */
export function lossesOnPaths(
  book: CompiledBook,
  multipliers: Float64Array,
  columns: Int32Array,
  modelAssets: number,
  version: AaveVersion,
  from: number,
  to: number,
  out: LossSamples,
): void {
  const m = new Float64Array(columns.length);
  for (let p = from; p < to; p++) {
    for (let k = 0; k < m.length; k++) {
      const col = columns[k] as number;
      m[k] = col < 0 ? 1 : (multipliers[p * modelAssets + col] as number);
    }
    const loss = pathLoss(book, m, version);
    out.insolvency[p] = loss.insolvency;
    out.liquidatableDebt[p] = loss.liquidatableDebt;
    out.liquidated[p] = loss.liquidated;
  }
}

/** The q-quantile by nearest rank (q = 0.95: the value 95% of paths do not exceed). */
export function quantile(values: Float64Array, q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** Gauntlet's risk figures over simulated paths (USD). */
export type RiskSummary = {
  paths: number;
  /** Value at Risk: the 95th percentile of total insolvency. */
  var95: number;
  /** Liquidations at Risk: the 95th percentile of liquidated collateral. */
  lar95: number;
  /** The 95th percentile of debt in liquidatable accounts. */
  liquidatableDebt95: number;
  meanInsolvency: number;
  meanLiquidated: number;
  worstInsolvency: number;
};

/** Summarises path losses into VaR, LaR and their companions. */
export function summarizeLosses(s: LossSamples): RiskSummary {
  const mean = (x: Float64Array) => (x.length ? x.reduce((a, b) => a + b, 0) / x.length : 0);
  return {
    paths: s.insolvency.length,
    var95: quantile(s.insolvency, 0.95),
    lar95: quantile(s.liquidated, 0.95),
    liquidatableDebt95: quantile(s.liquidatableDebt, 0.95),
    meanInsolvency: mean(s.insolvency),
    meanLiquidated: mean(s.liquidated),
    worstInsolvency: s.insolvency.reduce((a, b) => Math.max(a, b), 0),
  };
}
