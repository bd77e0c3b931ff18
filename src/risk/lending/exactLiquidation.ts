import type { ChainAccount, EvmAddress } from '../../model/chainMarket.ts';
import { exactAccountData } from './exactAccountData.ts';
import type { ExactMarket } from './exactMarket.ts';
import { percentDiv, percentMul, rayDiv, rayMul } from './rayMath.ts';
import { normalizedDebt, normalizedIncome, stableDebtBalance } from './reserveIndexes.ts';

/** Aave v3.0 LiquidationLogic constants: HF below which 100% of a debt may be repaid, and the close factors (bps). */
export const CLOSE_FACTOR_HF_THRESHOLD_WAD = 95n * 10n ** 16n;
export const HEALTH_FACTOR_LIQUIDATION_THRESHOLD_WAD = 10n ** 18n;
const DEFAULT_CLOSE_FACTOR = 5_000n;
const MAX_CLOSE_FACTOR = 10_000n;

/** A liquidation the contract refuses, with its error code (aave-v3-core `Errors.sol`) and name. */
export type LiquidationRefusal = { ok: false; code: string; reason: string };

/** What one `liquidationCall` moves, in token units: the exact amounts the contract transfers. */
export type ExactLiquidation = {
  ok: true;
  healthFactor: bigint;
  /** 5,000 (50%) or 10,000 (100%) bps of the debt reserve's debt. */
  closeFactorBps: bigint;
  /** Debt repaid (debt asset units): the `debtToCover` of the `LiquidationCall` event. */
  debtToCover: bigint;
  /** Collateral the liquidator receives (collateral units): `liquidatedCollateralAmount`. */
  collateralToLiquidator: bigint;
  /** Collateral sent to the treasury as aTokens (collateral units). */
  protocolFee: bigint;
};

export type ExactLiquidationResult = ExactLiquidation | LiquidationRefusal;

const refuse = (code: string, reason: string): LiquidationRefusal => ({ ok: false, code, reason });

/**
 * `Pool.liquidationCall(collateral, debt, user, debtToCover, receiveAToken)` worked out in Aave's own
 * integer arithmetic at the market's time and prices: aave-v3-core (v3.0.x, @aave/core-v3 1.19)
 * `LiquidationLogic.executeLiquidationCall` — the close factor (`_calculateDebt`: 50% of the reserve's
 * debt above HF 0.95, else 100%), `ValidationLogic.validateLiquidationCall` (active, not paused, the
 * sentinel unless HF < 0.95, HF < 1, collateral enabled, debt non-zero), the e-mode bonus, then
 * `_calculateAvailableCollateralToLiquidate` (base collateral rounded down, bonus by percentMul, capped
 * at the balance with the debt needed by percentDiv, the protocol fee as percentMul of the bonus part)
 * and the one-wei cap on the fee against the scaled balance left after the burn.
 */
export function exactLiquidation(
  market: ExactMarket,
  account: ChainAccount,
  collateralAsset: EvmAddress,
  debtAsset: EvmAddress,
  debtToCover: bigint,
): ExactLiquidationResult {
  const collateral = market.reserves.get(collateralAsset);
  const debt = market.reserves.get(debtAsset);
  if (!collateral || !debt) return refuse('27', 'RESERVE_INACTIVE (not a reserve of this market)');
  const data = exactAccountData(market, account);
  if (!data) return refuse('price', 'a price the account needs is missing (the oracle reverts)');
  const hf = data.healthFactor;
  const positions = new Map(account.positions.map((p) => [p.asset, p]));
  const t = market.timestamp;
  const debtPosition = positions.get(debtAsset);
  const userVariableDebt = rayMul(debtPosition?.scaledVariableDebt ?? 0n, normalizedDebt(debt, t));
  const userTotalDebt = userVariableDebt + stableDebtBalance(debtPosition?.stableDebt ?? null, t);
  const closeFactorBps = hf > CLOSE_FACTOR_HF_THRESHOLD_WAD ? DEFAULT_CLOSE_FACTOR : MAX_CLOSE_FACTOR;
  const maxLiquidatableDebt = percentMul(userTotalDebt, closeFactorBps);
  let actualDebt = debtToCover > maxLiquidatableDebt ? maxLiquidatableDebt : debtToCover;

  const cc = collateral.configuration;
  const dc = debt.configuration;
  if (!cc.active || !dc.active) return refuse('27', 'RESERVE_INACTIVE');
  if (cc.paused || dc.paused) return refuse('29', 'RESERVE_PAUSED');
  if (market.sentinelAllowsLiquidation === false && !(hf < CLOSE_FACTOR_HF_THRESHOLD_WAD))
    return refuse('59', 'PRICE_ORACLE_SENTINEL_CHECK_FAILED');
  if (!(hf < HEALTH_FACTOR_LIQUIDATION_THRESHOLD_WAD))
    return refuse('45', 'HEALTH_FACTOR_NOT_BELOW_THRESHOLD');
  const collateralBit = (account.userConfiguration >> BigInt(2 * collateral.id + 1)) & 1n;
  if (cc.liquidationThresholdBps === 0 || collateralBit !== 1n)
    return refuse('46', 'COLLATERAL_CANNOT_BE_LIQUIDATED');
  if (userTotalDebt === 0n) return refuse('47', 'SPECIFIED_CURRENCY_NOT_BORROWED_BY_USER');

  let bonus = BigInt(cc.liquidationBonusBps);
  let collateralPrice = market.prices.get(collateralAsset);
  let debtPrice = market.prices.get(debtAsset);
  if (account.emodeCategory !== 0) {
    const category = market.emodes.get(account.emodeCategory);
    const emodePrice = market.emodePrices.get(account.emodeCategory);
    if (category && cc.emodeCategory === account.emodeCategory) {
      bonus = BigInt(category.liquidationBonusBps);
      if (emodePrice !== undefined) collateralPrice = emodePrice;
    }
    if (emodePrice !== undefined) debtPrice = emodePrice;
  }
  if (collateralPrice === undefined || debtPrice === undefined)
    return refuse('price', 'a price the liquidation needs is missing (the oracle reverts)');

  const income = normalizedIncome(collateral, t);
  const scaledCollateral = positions.get(collateralAsset)?.scaledATokenBalance ?? 0n;
  const userCollateralBalance = rayMul(scaledCollateral, income);
  const collateralUnit = 10n ** BigInt(cc.decimals);
  const debtUnit = 10n ** BigInt(dc.decimals);
  const baseCollateral = (debtPrice * actualDebt * collateralUnit) / (collateralPrice * debtUnit);
  const maxCollateral = percentMul(baseCollateral, bonus);
  let collateralAmount: bigint;
  if (maxCollateral > userCollateralBalance) {
    collateralAmount = userCollateralBalance;
    actualDebt = percentDiv(
      (collateralPrice * collateralAmount * debtUnit) / (debtPrice * collateralUnit),
      bonus,
    );
  } else {
    collateralAmount = maxCollateral;
  }
  const feeBps = BigInt(cc.liquidationProtocolFeeBps);
  let protocolFee = 0n;
  let toLiquidator = collateralAmount;
  if (feeBps !== 0n) {
    const bonusCollateral = collateralAmount - percentDiv(collateralAmount, bonus);
    protocolFee = percentMul(bonusCollateral, feeBps);
    toLiquidator = collateralAmount - protocolFee;
  }
  if (rayDiv(actualDebt, normalizedDebt(debt, t)) === 0n && actualDebt <= userVariableDebt)
    return refuse('25', 'INVALID_BURN_AMOUNT (debt)');
  const burnedScaled = rayDiv(toLiquidator, income);
  if (burnedScaled === 0n) return refuse('25', 'INVALID_BURN_AMOUNT (collateral)');
  if (protocolFee !== 0n) {
    const left = scaledCollateral - burnedScaled;
    if (rayDiv(protocolFee, income) > left) protocolFee = rayMul(left, income);
  }
  return {
    ok: true,
    healthFactor: hf,
    closeFactorBps,
    debtToCover: actualDebt,
    collateralToLiquidator: toLiquidator,
    protocolFee,
  };
}
