import { ValidationError } from '../../core/errors.ts';
import type { MarketSnapshot } from '../../model/chainMarket.ts';
import type { MarketStore } from '../../store/marketStore.ts';

/** A stored chain snapshot of `market` (the newest, or the newest at or before `block`), or a clear error. */
export async function storedSnapshot(
  store: MarketStore,
  market: string,
  block?: number,
): Promise<MarketSnapshot> {
  const snapshot = await store.marketSnapshot(market, block);
  if (!snapshot)
    throw new ValidationError(
      `no chain snapshot of "${market}"${block !== undefined ? ` at or before block ${block}` : ''}: run faultline market read first`,
      { field: '--market' },
    );
  return snapshot;
}

/** Where a figure computed on a snapshot comes from: market, chain, block, its UTC day. */
export type SnapshotProvenance = {
  market: string;
  chainId: number;
  block: number;
  day: string;
  source: string;
};

/** The provenance of a snapshot, for the documents built on it. */
export function provenanceOf(snapshot: MarketSnapshot): SnapshotProvenance {
  return {
    market: snapshot.market,
    chainId: snapshot.chainId,
    block: snapshot.block,
    day: snapshot.day,
    source: `Aave v3 pool ${snapshot.pool} (provider ${snapshot.provider}) read at block ${snapshot.block}`,
  };
}
