import type { ChainAccount, ChainReserve, MarketSnapshot } from '../model/chainMarket.ts';
import { rayMul } from '../risk/lending/rayMath.ts';
import { normalizedDebt, normalizedIncome, stableDebtBalance } from '../risk/lending/reserveIndexes.ts';

/** One account's holding in one reserve at the snapshot's block time, in token units and as integers. */
export type ChainHolding = {
  reserve: ChainReserve;
  /** aToken balance (scaled × normalized income), smallest units. */
  supplied: bigint;
  /** Variable + stable debt, smallest units. */
  borrowed: bigint;
  /** The collateral bit is set and the reserve has a liquidation threshold. */
  collateral: boolean;
};

/** A smallest-unit integer as a float in whole tokens. */
export function tokens(amount: bigint, decimals: number): number {
  return Number(amount) / 10 ** decimals;
}

/** The oracle prices of a snapshot in USD per whole token (base currency units / unit); missing ones absent. */
export function usdPrices(snapshot: MarketSnapshot): Map<string, number> {
  const unit = Number(snapshot.baseCurrencyUnit);
  const out = new Map<string, number>();
  for (const p of snapshot.prices) if (p.price !== null) out.set(p.asset, Number(p.price) / unit);
  return out;
}

/**
 * An account's holdings at the snapshot's block time: scaled balances times the indexes projected to
 * that time (ReserveLogic), exactly as the aToken's and debt tokens' `balanceOf` would answer.
 */
export function accountHoldings(snapshot: MarketSnapshot, account: ChainAccount): ChainHolding[] {
  const reserves = new Map(snapshot.reserves.map((r) => [r.asset, r]));
  const t = snapshot.blockTimestamp;
  return account.positions.flatMap((p) => {
    const reserve = reserves.get(p.asset);
    if (!reserve) return [];
    const supplied = rayMul(p.scaledATokenBalance, normalizedIncome(reserve, t));
    const borrowed =
      rayMul(p.scaledVariableDebt, normalizedDebt(reserve, t)) + stableDebtBalance(p.stableDebt, t);
    const bit = (account.userConfiguration >> BigInt(2 * reserve.id + 1)) & 1n;
    return [
      {
        reserve,
        supplied,
        borrowed,
        collateral: bit === 1n && reserve.configuration.liquidationThresholdBps > 0,
      },
    ];
  });
}
