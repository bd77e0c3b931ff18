/** Token Terminal's ratios (MODELS §8): 30-day fees and revenue annualised against the fully diluted value. */
export type EarningsRatios = { priceToFees: number; priceToSales: number; earningsUsd: number };

/**
 * Earnings = revenue − incentives; P/F = FDV / (30-day fees × 365/30); P/S likewise with revenue.
 * All amounts in USD over the same 30 days.
 * @example earningsRatios({ fdvUsd: 1e9, fees30dUsd: 5e6, revenue30dUsd: 1e6, incentives30dUsd: 2e6 }).priceToFees // 16.438...
 */
export function earningsRatios(x: {
  fdvUsd: number;
  fees30dUsd: number;
  revenue30dUsd: number;
  incentives30dUsd: number;
}): EarningsRatios {
  const annual = 365 / 30;
  return {
    priceToFees: x.fdvUsd / (x.fees30dUsd * annual),
    priceToSales: x.fdvUsd / (x.revenue30dUsd * annual),
    earningsUsd: x.revenue30dUsd - x.incentives30dUsd,
  };
}
