import type { MarketSnapshot } from '../model/chainMarket.ts';
import { tokens, usdPrices } from './chainMarketAmounts.ts';
import { assetNames } from './chainMarketBook.ts';

/** One reserve's part of a market's value, USD at the oracle's price at the block. */
export type ReserveTvl = {
  asset: string;
  priceUsd: number;
  suppliedUsd: number;
  borrowedUsd: number;
  /** Supplied − borrowed: the definition of TVL. */
  tvlUsd: number;
  /** Underlying the aToken holds: DefiLlama's Aave v3 definition of TVL. */
  heldUsd: number;
};

/** A market's value from the chain: per reserve and in total, with the reserves left out for want of a price. */
export type ChainMarketTvl = {
  market: string;
  block: number;
  day: string;
  suppliedUsd: number;
  borrowedUsd: number;
  tvlUsd: number;
  heldUsd: number;
  reserves: ReserveTvl[];
  unpriced: string[];
};

/**
 * A market's TVL from chain: Σ (supplied − borrowed) × price over its reserves, beside Σ held × price
 * (what the aTokens hold, which DefiLlama's Aave v3 adapter counts). The two differ by interest accrued
 * but not yet paid in or minted to the treasury, and by unbacked (bridged) supply.
 */
export function chainMarketTvl(snapshot: MarketSnapshot): ChainMarketTvl {
  const prices = usdPrices(snapshot);
  const names = assetNames(snapshot);
  const reserves: ReserveTvl[] = [];
  const unpriced: string[] = [];
  for (const r of snapshot.reserves) {
    const price = prices.get(r.asset);
    const asset = names.get(r.asset) ?? r.asset;
    if (price === undefined) {
      unpriced.push(asset);
      continue;
    }
    const d = r.configuration.decimals;
    const suppliedUsd = tokens(r.totalSupplied, d) * price;
    const borrowedUsd = tokens(r.totalVariableDebt + r.totalStableDebt, d) * price;
    reserves.push({
      asset,
      priceUsd: price,
      suppliedUsd,
      borrowedUsd,
      tvlUsd: suppliedUsd - borrowedUsd,
      heldUsd: tokens(r.availableLiquidity, d) * price,
    });
  }
  const sum = (k: keyof Omit<ReserveTvl, 'asset'>) => reserves.reduce((s, r) => s + r[k], 0);
  return {
    market: snapshot.market,
    block: snapshot.block,
    day: snapshot.day,
    suppliedUsd: sum('suppliedUsd'),
    borrowedUsd: sum('borrowedUsd'),
    tvlUsd: sum('tvlUsd'),
    heldUsd: sum('heldUsd'),
    reserves,
    unpriced,
  };
}
