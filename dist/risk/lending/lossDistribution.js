// src/risk/lending/lossDistribution.ts
import { pathLoss } from "./compiledBook.js";
function lossesOnPaths(book, multipliers, columns, modelAssets, version, from, to, out) {
  const m = new Float64Array(columns.length);
  for (let p = from; p < to; p++) {
    for (let k = 0; k < m.length; k++) {
      const col = columns[k];
      m[k] = col < 0 ? 1 : multipliers[p * modelAssets + col];
    }
    const loss = pathLoss(book, m, version);
    out.insolvency[p] = loss.insolvency;
    out.liquidatableDebt[p] = loss.liquidatableDebt;
    out.liquidated[p] = loss.liquidated;
  }
}
function quantile(values, q) {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
function summarizeLosses(s) {
  const mean = (x) => x.length ? x.reduce((a, b) => a + b, 0) / x.length : 0;
  return {
    paths: s.insolvency.length,
    var95: quantile(s.insolvency, 0.95),
    lar95: quantile(s.liquidated, 0.95),
    liquidatableDebt95: quantile(s.liquidatableDebt, 0.95),
    meanInsolvency: mean(s.insolvency),
    meanLiquidated: mean(s.liquidated),
    worstInsolvency: s.insolvency.reduce((a, b) => Math.max(a, b), 0)
  };
}
export {
  lossesOnPaths,
  quantile,
  summarizeLosses
};
