import { chainMarketBook } from '../../analytics/chainMarketBook.ts';
import type { PositionBook } from '../../model/lending.ts';
import type { MarketStore } from '../../store/marketStore.ts';
import type { DocumentMeta } from '../document.ts';
import type { BookSource } from '../lending/lendingSchemas.ts';
import { flaggedPrices, provenanceOf, snapshotMeta } from './storedSnapshot.ts';

/**
 * The position book of a stored chain snapshot, for `lending stress|var|curve --market ID`: every
 * borrower with its real collateral and debt (no CSV assumptions), where and when it was read, and the
 * prices the oracle could not give. Null when no snapshot of `market` is stored (at or before `block`).
 */
export async function marketBook(
  store: MarketStore,
  params: { market: string; block?: number | undefined },
): Promise<{ book: PositionBook; source: BookSource; meta: DocumentMeta } | null> {
  const snapshot = await store.marketSnapshot(params.market, params.block);
  if (!snapshot) return null;
  const p = provenanceOf(snapshot);
  return {
    book: chainMarketBook(snapshot),
    meta: snapshotMeta(snapshot),
    source: {
      kind: 'chain-snapshot',
      market: p.market,
      chainId: p.chainId,
      block: p.block,
      day: p.day,
      description: `${p.source}: every borrower's positions as the pool holds them`,
      flaggedPrices: flaggedPrices(snapshot),
    },
  };
}
