// src/risk/lending/interestRate.ts
function utilization(availableLiquidity, totalDebt) {
  const total = availableLiquidity + totalDebt;
  return total > 0 ? totalDebt / total : 0;
}
function interestRates(u, m) {
  const borrowRate = u <= m.optimalUtilization ? m.baseRate + m.slope1 * u / m.optimalUtilization : m.baseRate + m.slope1 + m.slope2 * (u - m.optimalUtilization) / (1 - m.optimalUtilization);
  return { borrowRate, supplyRate: borrowRate * u * (1 - m.reserveFactor) };
}
export {
  interestRates,
  utilization
};
