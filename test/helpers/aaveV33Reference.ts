/**
 * Test oracle: the integer arithmetic of Aave v3.3's `liquidationCall`, ported line by line from
 * aave-dao/aave-v3-origin tag v3.3.0 (commit 5431379f8beb4d7128c84a81ced3917d856efa84):
 * `GenericLogic.calculateUserAccountData` (GenericLogic.sol L63-183), `LiquidationLogic.executeLiquidationCall`
 * (LiquidationLogic.sol L270-367: close factor, amounts, dust check, `hasNoCollateralLeft`) and
 * `_calculateAvailableCollateralToLiquidate` (L633-684), `ValidationLogic.validateLiquidationCall`
 * (ValidationLogic.sol L412-423), `PercentageMath` and `WadRayMath.wadDiv`. State changes, e-mode,
 * interest indexes and GHO are left out. Amounts are in token units, prices in 8-decimal USD.
 */

/** One reserve of the account: balances in the token's smallest unit; thresholds, bonus and fee in bps. */
export type RefReserve = {
  price: bigint;
  decimals: number;
  collateral: bigint;
  debt: bigint;
  liquidationThreshold: bigint;
  liquidationBonus: bigint;
  liquidationProtocolFee: bigint;
};

const WAD = 10n ** 18n;
const percentMul = (v: bigint, p: bigint) => (v * p + 5000n) / 10000n;
const percentDiv = (v: bigint, p: bigint) => (v * 10000n + p / 2n) / p;
const wadDiv = (a: bigint, b: bigint) => (a * WAD + b / 2n) / b;
const unit = (r: RefReserve) => 10n ** BigInt(r.decimals);

/** `calculateUserAccountData` without e-mode: totals in base currency, average threshold in bps, HF in wad. */
export function refAccountData(reserves: RefReserve[]) {
  let totalCollateral = 0n;
  let totalDebt = 0n;
  let avgLiquidationThreshold = 0n;
  for (const r of reserves) {
    if (r.liquidationThreshold !== 0n && r.collateral > 0n) {
      const value = (r.collateral * r.price) / unit(r);
      totalCollateral += value;
      avgLiquidationThreshold += value * r.liquidationThreshold;
    }
    if (r.debt > 0n) totalDebt += (r.debt * r.price) / unit(r);
  }
  avgLiquidationThreshold = totalCollateral !== 0n ? avgLiquidationThreshold / totalCollateral : 0n;
  const healthFactor =
    totalDebt === 0n
      ? 2n ** 256n - 1n
      : wadDiv(percentMul(totalCollateral, avgLiquidationThreshold), totalDebt);
  return { totalCollateral, totalDebt, avgLiquidationThreshold, healthFactor };
}

/** What `liquidationCall(collateral, debt, user, debtToCover)` does, or the error it reverts with. */
export type RefLiquidation =
  | {
      ok: true;
      actualDebtToLiquidate: bigint;
      /** To the liquidator, after the protocol fee. */
      actualCollateralToLiquidate: bigint;
      liquidationProtocolFee: bigint;
      hasNoCollateralLeft: boolean;
    }
  | { ok: false; error: string };

/** The v3.3.0 liquidation amounts and checks for one call. */
export function refLiquidationCall(
  reserves: RefReserve[],
  collateralIndex: number,
  debtIndex: number,
  debtToCover: bigint,
): RefLiquidation {
  const coll = reserves[collateralIndex];
  const debt = reserves[debtIndex];
  if (!coll || !debt) return { ok: false, error: 'NO_SUCH_RESERVE' };
  const account = refAccountData(reserves);
  if (!(account.healthFactor < WAD)) return { ok: false, error: 'HEALTH_FACTOR_NOT_BELOW_THRESHOLD' };
  if (coll.liquidationThreshold === 0n || coll.collateral === 0n)
    return { ok: false, error: 'COLLATERAL_CANNOT_BE_LIQUIDATED' };
  if (debt.debt === 0n) return { ok: false, error: 'SPECIFIED_CURRENCY_NOT_BORROWED_BY_USER' };
  const collUnit = unit(coll);
  const debtUnit = unit(debt);
  const reserveDebtBase = (debt.debt * debt.price) / debtUnit;
  const reserveCollBase = (coll.collateral * coll.price) / collUnit;
  let maxLiquidatableDebt = debt.debt;
  if (
    reserveCollBase >= 2000n * 10n ** 8n &&
    reserveDebtBase >= 2000n * 10n ** 8n &&
    account.healthFactor > 95n * 10n ** 16n
  ) {
    const half = percentMul(account.totalDebt, 5000n);
    if (reserveDebtBase > half) maxLiquidatableDebt = (half * debtUnit) / debt.price;
  }
  const toCover = debtToCover > maxLiquidatableDebt ? maxLiquidatableDebt : debtToCover;
  const base = (debt.price * toCover * collUnit) / (coll.price * debtUnit);
  const max = percentMul(base, coll.liquidationBonus);
  let collateralAmount: bigint;
  let debtNeeded: bigint;
  if (max > coll.collateral) {
    collateralAmount = coll.collateral;
    debtNeeded = percentDiv(
      (coll.price * collateralAmount * debtUnit) / (debt.price * collUnit),
      coll.liquidationBonus,
    );
  } else {
    collateralAmount = max;
    debtNeeded = toCover;
  }
  const collateralInBase = (collateralAmount * coll.price) / collUnit;
  let fee = 0n;
  if (coll.liquidationProtocolFee !== 0n) {
    const bonusCollateral = collateralAmount - percentDiv(collateralAmount, coll.liquidationBonus);
    fee = percentMul(bonusCollateral, coll.liquidationProtocolFee);
    collateralAmount -= fee;
  }
  const minLeftover = 1000n * 10n ** 8n;
  if (debtNeeded < debt.debt && collateralAmount + fee < coll.collateral) {
    const debtLeft = ((debt.debt - debtNeeded) * debt.price) / debtUnit >= minLeftover;
    const collLeft = ((coll.collateral - collateralAmount - fee) * coll.price) / collUnit >= minLeftover;
    if (!(debtLeft && collLeft)) return { ok: false, error: 'MUST_NOT_LEAVE_DUST' };
  }
  return {
    ok: true,
    actualDebtToLiquidate: debtNeeded,
    actualCollateralToLiquidate: collateralAmount,
    liquidationProtocolFee: fee,
    hasNoCollateralLeft: account.totalCollateral === collateralInBase,
  };
}

/** A decimal string as an integer in units of 10^-decimals, e.g. ('2.3', 18) → 2300000000000000000n. */
export function units(decimal: string, decimals: number): bigint {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return BigInt(whole + fraction.padEnd(decimals, '0').slice(0, decimals));
}
