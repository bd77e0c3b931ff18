import type { ChainAccount, ChainReserve } from '../../model/chainMarket.ts';
import type { ExactMarket } from './exactMarket.ts';
import { percentMul, rayMul, wadDiv } from './rayMath.ts';
import { normalizedDebt, normalizedIncome, stableDebtBalance } from './reserveIndexes.ts';

/** An account as `Pool.getUserAccountData` values it: base currency units, bps, HF in wad (2²⁵⁶−1 with no debt). */
export type ExactAccountData = {
  totalCollateralBase: bigint;
  totalDebtBase: bigint;
  /** Σ collateral·LTV / collateral, bps, rounded down. */
  avgLtv: bigint;
  /** Σ collateral·threshold / collateral, bps, rounded down. */
  avgLiquidationThreshold: bigint;
  healthFactor: bigint;
  hasZeroLtvCollateral: boolean;
};

/** type(uint256).max: the health factor of an account with no debt. */
export const MAX_UINT256 = (1n << 256n) - 1n;

const isCollateral = (config: bigint, id: number) => ((config >> BigInt(2 * id + 1)) & 1n) === 1n;
const isBorrowing = (config: bigint, id: number) => ((config >> BigInt(2 * id)) & 1n) === 1n;

/** The price GenericLogic uses for a reserve: the e-mode category's own source when the account's category covers it. */
export function assetPrice(
  market: ExactMarket,
  account: ChainAccount,
  reserve: ChainReserve,
): bigint | undefined {
  const emodePrice = account.emodeCategory !== 0 ? market.emodePrices.get(account.emodeCategory) : undefined;
  if (
    emodePrice !== undefined &&
    emodePrice !== 0n &&
    reserve.configuration.emodeCategory === account.emodeCategory
  )
    return emodePrice;
  return market.prices.get(reserve.asset);
}

/**
 * An account's collateral, debt and health factor in Aave's own integer arithmetic: aave-v3-core
 * `GenericLogic.calculateUserAccountData` (v3.0.x, @aave/core-v3 1.19): each reserve with its
 * collateral bit (and a non-zero threshold) adds scaled aToken × normalized income × price / unit,
 * rounded down; each with its borrowing bit adds (scaled variable debt × normalized debt + stable debt)
 * × price / unit; the e-mode category's LTV and threshold replace the asset's for assets of the
 * account's category; HF = collateral.percentMul(avg threshold).wadDiv(debt). Null when a price it
 * needs is missing (the contract's call reverts then).
 */
export function exactAccountData(market: ExactMarket, account: ChainAccount): ExactAccountData | null {
  const config = account.userConfiguration;
  const positions = new Map(account.positions.map((p) => [p.asset, p]));
  const category = account.emodeCategory !== 0 ? market.emodes.get(account.emodeCategory) : undefined;
  let totalCollateralBase = 0n;
  let totalDebtBase = 0n;
  let ltvSum = 0n;
  let thresholdSum = 0n;
  let hasZeroLtvCollateral = false;
  for (const reserve of [...market.reservesById.values()].sort((a, b) => a.id - b.id)) {
    const id = reserve.id;
    if (!isCollateral(config, id) && !isBorrowing(config, id)) continue;
    const price = assetPrice(market, account, reserve);
    if (price === undefined) return null;
    const unit = 10n ** BigInt(reserve.configuration.decimals);
    const position = positions.get(reserve.asset);
    const c = reserve.configuration;
    if (c.liquidationThresholdBps !== 0 && isCollateral(config, id)) {
      const balance = rayMul(
        position?.scaledATokenBalance ?? 0n,
        normalizedIncome(reserve, market.timestamp),
      );
      const value = (balance * price) / unit;
      totalCollateralBase += value;
      const inCategory = category !== undefined && c.emodeCategory === account.emodeCategory;
      if (c.ltvBps !== 0) ltvSum += value * BigInt(inCategory ? category.ltvBps : c.ltvBps);
      else hasZeroLtvCollateral = true;
      thresholdSum +=
        value * BigInt(inCategory ? category.liquidationThresholdBps : c.liquidationThresholdBps);
    }
    if (isBorrowing(config, id)) {
      let debt = rayMul(position?.scaledVariableDebt ?? 0n, normalizedDebt(reserve, market.timestamp));
      debt += stableDebtBalance(position?.stableDebt ?? null, market.timestamp);
      totalDebtBase += (price * debt) / unit;
    }
  }
  const avgLtv = totalCollateralBase !== 0n ? ltvSum / totalCollateralBase : 0n;
  const avgLiquidationThreshold = totalCollateralBase !== 0n ? thresholdSum / totalCollateralBase : 0n;
  const healthFactor =
    totalDebtBase === 0n
      ? MAX_UINT256
      : wadDiv(percentMul(totalCollateralBase, avgLiquidationThreshold), totalDebtBase);
  return {
    totalCollateralBase,
    totalDebtBase,
    avgLtv,
    avgLiquidationThreshold,
    healthFactor,
    hasZeroLtvCollateral,
  };
}
