import type { ChainReserve, StableDebt } from '../../model/chainMarket.ts';
import { RAY, rayMul } from './rayMath.ts';

/** Seconds in Aave's year (MathUtils.SECONDS_PER_YEAR = 365 days). */
export const SECONDS_PER_YEAR = 31_536_000n;

/** RAY + rate·Δt / year (aave-v3-core MathUtils.calculateLinearInterest). Rate in ray, times in unix seconds. */
export function linearInterest(rate: bigint, from: number, to: number): bigint {
  return RAY + (rate * BigInt(to - from)) / SECONDS_PER_YEAR;
}

/**
 * The three-term binomial approximation of (1 + rate/year)^Δt that aave-v3-core
 * MathUtils.calculateCompoundedInterest uses, with its integer divisions in the same places.
 */
export function compoundedInterest(rate: bigint, from: number, to: number): bigint {
  const exp = BigInt(to - from);
  if (exp === 0n) return RAY;
  const expMinusOne = exp - 1n;
  const expMinusTwo = exp > 2n ? exp - 2n : 0n;
  const basePowerTwo = rayMul(rate, rate) / (SECONDS_PER_YEAR * SECONDS_PER_YEAR);
  const basePowerThree = rayMul(basePowerTwo, rate) / SECONDS_PER_YEAR;
  const secondTerm = (exp * expMinusOne * basePowerTwo) / 2n;
  const thirdTerm = (exp * expMinusOne * expMinusTwo * basePowerThree) / 6n;
  return RAY + (rate * exp) / SECONDS_PER_YEAR + secondTerm + thirdTerm;
}

/** The supply index at `timestamp` (ReserveLogic.getNormalizedIncome): aToken balance = scaled × this. */
export function normalizedIncome(reserve: ChainReserve, timestamp: number): bigint {
  if (reserve.lastUpdateTimestamp === timestamp) return reserve.liquidityIndex;
  return rayMul(
    linearInterest(reserve.liquidityRate, reserve.lastUpdateTimestamp, timestamp),
    reserve.liquidityIndex,
  );
}

/** The variable borrow index at `timestamp` (ReserveLogic.getNormalizedDebt): debt = scaled × this. */
export function normalizedDebt(reserve: ChainReserve, timestamp: number): bigint {
  if (reserve.lastUpdateTimestamp === timestamp) return reserve.variableBorrowIndex;
  return rayMul(
    compoundedInterest(reserve.variableBorrowRate, reserve.lastUpdateTimestamp, timestamp),
    reserve.variableBorrowIndex,
  );
}

/** A stable debt's balance at `timestamp` (StableDebtToken.balanceOf): principal compounded at its own rate. */
export function stableDebtBalance(debt: StableDebt | null, timestamp: number): bigint {
  if (!debt || debt.principal === 0n) return 0n;
  return rayMul(debt.principal, compoundedInterest(debt.rate, debt.updatedAt, timestamp));
}
