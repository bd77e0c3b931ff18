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

/** The paths to value: the compiled book, the multipliers (paths × modelAssets) and the book's model columns. */
export type LossJob = {
  book: CompiledBook;
  multipliers: Float64Array;
  /** The model column of each of the book's assets, or −1 for an asset the model keeps still. */
  columns: Int32Array;
  modelAssets: number;
  version: AaveVersion;
};

/**
 * Computes a job's path losses. The engine's own runner (`inlineLosses`) does it on the calling thread;
 * a caller may hand one that splits the paths over threads (the results must not depend on how).
 */
export type LossRunner = (job: LossJob) => Promise<LossSamples>;

/** Every path of a job on this thread. */
export const inlineLosses: LossRunner = async (job) => {
  const paths = job.multipliers.length / job.modelAssets;
  const out: LossSamples = {
    insolvency: new Float64Array(paths),
    liquidatableDebt: new Float64Array(paths),
    liquidated: new Float64Array(paths),
  };
  lossesOnPaths(job.book, job.multipliers, job.columns, job.modelAssets, job.version, 0, paths, out);
  return out;
};

/** The q-quantile by nearest rank (q = 0.95: the value 95% of paths do not exceed). */
export function quantile(values: Float64Array, q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** Book-wide losses with no price move (USD): the state the risk figures are increments over. */
export type LossBaseline = {
  /** Σ max(0, debt − collateral) before any move: the input's pre-existing shortfall. */
  insolvencyUsd: number;
  liquidatableDebtUsd: number;
  /** Collateral one round of liquidations takes at no move. */
  liquidatedUsd: number;
};

/**
 * Gauntlet's risk figures over simulated paths (USD), each the increment over the no-move `baseline`
 * (path loss − baseline loss): a book already underwater does not read as market risk.
 */
export type RiskSummary = {
  paths: number;
  /** Value at Risk: the 95th percentile of the insolvency a path adds to the baseline's. */
  var95: number;
  /** Liquidations at Risk: the 95th percentile of the liquidated collateral a path adds to the baseline's. */
  lar95: number;
  /** The 95th percentile of the debt a path adds to the baseline's liquidatable debt. */
  liquidatableDebt95: number;
  meanInsolvency: number;
  meanLiquidated: number;
  worstInsolvency: number;
  /** The no-move state, shown beside the increments. */
  baseline: LossBaseline;
};

/** Summarises path losses into VaR, LaR and their companions, as increments over the no-move losses. */
export function summarizeLosses(
  s: LossSamples,
  base: { insolvency: number; liquidatableDebt: number; liquidated: number },
): RiskSummary {
  const minus = (x: Float64Array, b: number) => x.map((v) => v - b);
  const insolvency = minus(s.insolvency, base.insolvency);
  const liquidated = minus(s.liquidated, base.liquidated);
  const mean = (x: Float64Array) => (x.length ? x.reduce((a, b) => a + b, 0) / x.length : 0);
  return {
    paths: s.insolvency.length,
    var95: quantile(insolvency, 0.95),
    lar95: quantile(liquidated, 0.95),
    liquidatableDebt95: quantile(minus(s.liquidatableDebt, base.liquidatableDebt), 0.95),
    meanInsolvency: mean(insolvency),
    meanLiquidated: mean(liquidated),
    worstInsolvency: insolvency.length ? insolvency.reduce((a, b) => Math.max(a, b)) : 0,
    baseline: {
      insolvencyUsd: base.insolvency,
      liquidatableDebtUsd: base.liquidatableDebt,
      liquidatedUsd: base.liquidated,
    },
  };
}
