/**
 * Aave v3's supply rate is the borrow rate times utilisation, less the reserve factor
 * (aave-dao/aave-v3-origin DefaultReserveInterestRateStrategyV2.calculateInterestRates:
 * liquidityRate = variableBorrowRate · supplyUsageRatio · (1 − reserveFactor), with supplyUsageRatio the
 * borrow usage ratio when nothing is unbacked). These read the identity backwards. Rates in any one unit.
 */

/**
 * The utilisation a reserve's rates imply, U = supply ÷ (borrow × (1 − RF)); null when it is undefined
 * (no borrow rate, or a reserve factor of 100%).
 * @example impliedUtilisation(0.029575, 0.044812, 0.1) // 0.73331 (Aave v3 Linea USDC, 2025-07-22)
 */
export function impliedUtilisation(
  supplyRate: number,
  borrowRate: number,
  reserveFactor: number,
): number | null {
  if (borrowRate <= 0 || reserveFactor >= 1) return null;
  return supplyRate / (borrowRate * (1 - reserveFactor));
}

/**
 * The reserve factor a pool's supply and borrow rates imply at a known utilisation, RF = 1 − supply ÷
 * (borrow × U); null when borrow × U is 0.
 * @example impliedReserveFactor(0.90931, 2.64475, 3_155_326 / 5_965_290) // 0.35 (ZeroLend WETH on Linea, 2025-04)
 */
export function impliedReserveFactor(
  supplyRate: number,
  borrowRate: number,
  utilisation: number,
): number | null {
  const paid = borrowRate * utilisation;
  return paid > 0 ? 1 - supplyRate / paid : null;
}
