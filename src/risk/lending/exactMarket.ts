import type { ChainEmode, ChainReserve, EvmAddress, MarketSnapshot } from '../../model/chainMarket.ts';

/**
 * What Aave's integer math needs to value accounts at one moment: reserves by asset and by id, the
 * oracle's price of each asset (base currency units; an asset without one is missing), e-mode
 * categories with their own price source's price, and the unix time indexes are projected to.
 */
export type ExactMarket = {
  reserves: ReadonlyMap<EvmAddress, ChainReserve>;
  reservesById: ReadonlyMap<number, ChainReserve>;
  prices: ReadonlyMap<EvmAddress, bigint>;
  emodes: ReadonlyMap<number, ChainEmode>;
  /** The price of each e-mode category's own price source, where it has one. */
  emodePrices: ReadonlyMap<number, bigint>;
  timestamp: number;
  /** The sentinel's answer, when the market has one: may liquidations above HF 0.95 go through. */
  sentinelAllowsLiquidation: boolean | null;
};

/** Changes to apply to a snapshot's market: another time, prices, the sentinel's answer. */
export type ExactMarketChanges = {
  timestamp?: number;
  prices?: ReadonlyMap<EvmAddress, bigint>;
  sentinelAllowsLiquidation?: boolean | null;
};

/**
 * The exact-math view of a snapshot, at its own block time and prices unless told otherwise.
 * @example exactMarket(snapshot, { timestamp: snapshot.blockTimestamp + 12 })
 */
export function exactMarket(snapshot: MarketSnapshot, changes: ExactMarketChanges = {}): ExactMarket {
  const prices = new Map<EvmAddress, bigint>();
  for (const p of snapshot.prices) if (p.price !== null) prices.set(p.asset, p.price);
  for (const [asset, price] of changes.prices ?? []) prices.set(asset, price);
  const emodePrices = new Map<number, bigint>();
  for (const e of snapshot.emodes) {
    const price = prices.get(e.priceSource) ?? e.sourcePrice;
    if (!/^0x0+$/.test(e.priceSource) && price !== null && price !== 0n) emodePrices.set(e.id, price);
  }
  return {
    reserves: new Map(snapshot.reserves.map((r) => [r.asset, r])),
    reservesById: new Map(snapshot.reserves.map((r) => [r.id, r])),
    prices,
    emodes: new Map(snapshot.emodes.map((e) => [e.id, e])),
    emodePrices,
    timestamp: changes.timestamp ?? snapshot.blockTimestamp,
    sentinelAllowsLiquidation:
      changes.sentinelAllowsLiquidation !== undefined
        ? changes.sentinelAllowsLiquidation
        : (snapshot.sentinel?.liquidationAllowed ?? null),
  };
}
