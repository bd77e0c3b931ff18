import { assetNames } from '../../analytics/chainMarketBook.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { MarketSnapshot } from '../../model/chainMarket.ts';
import type { MarketStore } from '../../store/marketStore.ts';
import type { DocumentMeta } from '../document.ts';

/** A stored chain snapshot of `market` (the newest, or the newest at or before `block`), or a clear error. */
export async function storedSnapshot(
  store: MarketStore,
  market: string,
  block?: number,
): Promise<MarketSnapshot> {
  const snapshot = await store.marketSnapshot(market, block);
  if (!snapshot)
    throw new NotFoundError(
      `no chain snapshot of "${market}"${block !== undefined ? ` at or before block ${block}` : ''}: run faultline market read first`,
      { field: 'market' },
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

/** The id a chain snapshot goes by among a document's sources and `dataThrough`. */
export const snapshotSourceId = (market: string) => `chain/${market}`;

/**
 * The meta of an answer read off a chain snapshot: about the snapshot's UTC day, its one source the pool
 * read at its block (live chain data), no published figure to cover.
 */
export function snapshotMeta(snapshot: MarketSnapshot): DocumentMeta {
  const id = snapshotSourceId(snapshot.market);
  return {
    asOf: snapshot.day,
    dataThrough: { [id]: snapshot.day },
    coverage: null,
    sources: [{ id, title: provenanceOf(snapshot).source, kind: 'live' }],
  };
}

/** The snapshot's reserves whose oracle price is missing, zero or stale, by symbol, with why (naming the feed). */
export function flaggedPrices(snapshot: MarketSnapshot): { asset: string; problem: string }[] {
  const names = assetNames(snapshot);
  return snapshot.prices.flatMap((p) =>
    p.problem ? [{ asset: names.get(p.asset) ?? p.asset, problem: p.problem }] : [],
  );
}
