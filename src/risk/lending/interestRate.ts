/** Aave v3 `DefaultReserveInterestRateStrategy` parameters, as fractions per year. */
export type RateModel = {
  baseRate: number;
  slope1: number;
  slope2: number;
  optimalUtilization: number;
  reserveFactor: number;
};

/** Utilisation U = debt / (available + debt); 0 for an empty reserve. */
export function utilization(availableLiquidity: number, totalDebt: number): number {
  const total = availableLiquidity + totalDebt;
  return total > 0 ? totalDebt / total : 0;
}

/**
 * Borrow and supply rates (per year, fractions) at utilisation U (MODELS §7):
 * r_b = base + s1·U/U_opt up to U_opt, then base + s1 + s2·(U − U_opt)/(1 − U_opt); supply = r_b·U·(1 − RF).
 * @example interestRates(0.5, {baseRate: 0, slope1: 0.04, slope2: 0.6, optimalUtilization: 0.9, reserveFactor: 0.1}) // {borrowRate: 0.022222, supplyRate: 0.01}
 */
export function interestRates(u: number, m: RateModel): { borrowRate: number; supplyRate: number } {
  const borrowRate =
    u <= m.optimalUtilization
      ? m.baseRate + (m.slope1 * u) / m.optimalUtilization
      : m.baseRate + m.slope1 + (m.slope2 * (u - m.optimalUtilization)) / (1 - m.optimalUtilization);
  return { borrowRate, supplyRate: borrowRate * u * (1 - m.reserveFactor) };
}
