import { chainMarketBook } from '../../analytics/chainMarketBook.ts';
import type { PositionBook } from '../../model/lending.ts';
import type { MarketStore } from '../../store/marketStore.ts';
import { provenanceOf, type SnapshotProvenance, storedSnapshot } from './storedSnapshot.ts';

/**
 * The position book of a stored chain snapshot, for `lending stress|var --market ID`: every borrower
 * with its real collateral and debt (no CSV assumptions), with where and when it was read.
 */
export async function marketBook(
  deps: { store: MarketStore },
  params: { market: string; block?: number },
): Promise<{ book: PositionBook; provenance: SnapshotProvenance }> {
  const snapshot = await storedSnapshot(deps.store, params.market, params.block);
  return { book: chainMarketBook(snapshot), provenance: provenanceOf(snapshot) };
}
