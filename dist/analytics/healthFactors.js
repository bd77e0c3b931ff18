// src/analytics/healthFactors.ts
var HF_BUCKETS = [
  { label: "< 1.00", min: -Infinity, max: 1 },
  { label: "1.00\u20131.05", min: 1, max: 1.05 },
  { label: "1.05\u20131.10", min: 1.05, max: 1.1 },
  { label: "1.10\u20131.25", min: 1.1, max: 1.25 },
  { label: "1.25\u20131.50", min: 1.25, max: 1.5 },
  { label: "1.50\u20132.00", min: 1.5, max: 2 },
  { label: "\u2265 2.00", min: 2, max: Infinity }
];
function healthFactorSummary(accounts, debtReserve, categories) {
  let emodeApplied = 0;
  const estimatedHf = accounts.map((a) => {
    const category = categories[debtReserve.get(a.account)?.emodeCategory ?? 0];
    if (!category || a.debtUsd <= 0) return a.healthFactor;
    emodeApplied++;
    return Math.max(a.healthFactor, a.collateralUsd * category.liquidationThreshold / a.debtUsd);
  });
  const bucket = (hfs) => HF_BUCKETS.map((b) => {
    const inside = accounts.filter((_, i) => hfs[i] >= b.min && hfs[i] < b.max);
    return { label: b.label, accounts: inside.length, debtUsd: inside.reduce((s, a) => s + a.debtUsd, 0) };
  });
  const reportedHf = accounts.map((a) => a.healthFactor);
  return {
    accounts: accounts.length,
    debtUsd: accounts.reduce((s, a) => s + a.debtUsd, 0),
    collateralUsd: accounts.reduce((s, a) => s + a.collateralUsd, 0),
    noCollateral: accounts.filter((a) => a.collateralUsd === 0 && a.debtUsd > 0).length,
    reported: bucket(reportedHf),
    estimated: bucket(estimatedHf),
    belowOneReported: reportedHf.filter((h) => h < 1).length,
    belowOneEstimated: estimatedHf.filter((h) => h < 1).length,
    emodeApplied
  };
}
export {
  HF_BUCKETS,
  healthFactorSummary
};
