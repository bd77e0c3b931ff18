/**
 * Fraction of value lost selling `amount` into a constant-product pool with `reserve` of the sold asset
 * and fee `fee` (MODELS §7): 1 − (1−f)·x / (x + (1−f)·Δ).
 */
export function sellLoss(reserve: number, fee: number, amount: number): number {
  return 1 - ((1 - fee) * reserve) / (reserve + (1 - fee) * amount);
}

/**
 * The largest sale that a liquidation bonus `bonus` (0.05 = 5%) still pays for:
 * Δ_max = x·((1−f)/(1−b) − 1)/(1−f); 0 when the fee alone eats the bonus.
 * @example maxProfitableSale(1000, 0.003, 0.05) // 49.6226
 */
export function maxProfitableSale(reserve: number, fee: number, bonus: number): number {
  return Math.max(0, (reserve * ((1 - fee) / (1 - bonus) - 1)) / (1 - fee));
}

/** Sells `amount` into a constant-product pool; returns the new reserves (asset, quote) and the quote received. */
export function sellInto(
  pool: { reserve: number; quote: number; fee: number },
  amount: number,
): { reserve: number; quote: number; received: number } {
  const effective = (1 - pool.fee) * amount;
  const received = (pool.quote * effective) / (pool.reserve + effective);
  return { reserve: pool.reserve + amount, quote: pool.quote - received, received };
}
