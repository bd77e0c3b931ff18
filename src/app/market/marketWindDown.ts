import { chainWindDown } from '../../analytics/chainWindDown.ts';
import { type WindDownResult, windDown } from '../../risk/lending/windDown.ts';
import type { MarketStore } from '../../store/marketStore.ts';
import type { DocumentMeta } from '../document.ts';
import type { BookSource } from '../lending/lendingSchemas.ts';
import {
  flaggedPrices,
  provenanceOf,
  type SnapshotProvenance,
  snapshotMeta,
  storedSnapshot,
} from './storedSnapshot.ts';

/**
 * `lending winddown --market ID`: the market switched to withdraw-only from its real reserves — what
 * can leave now (the underlying the aTokens hold), what is stuck behind borrowers, the borrow rate once
 * the free liquidity is gone, and each supplier's claim — with where and when the snapshot was read.
 */
export async function marketWindDown(
  deps: { store: MarketStore },
  params: { market: string; block?: number | undefined; repayRatePerDay: number; horizonDays: number },
): Promise<
  WindDownResult & {
    assumptions: string[];
    provenance: SnapshotProvenance;
    meta: DocumentMeta;
    source: BookSource;
  }
> {
  const snapshot = await storedSnapshot(deps.store, params.market, params.block);
  const { reserves, suppliers, assumptions } = chainWindDown(snapshot);
  const provenance = provenanceOf(snapshot);
  return {
    ...windDown(reserves, suppliers, params.repayRatePerDay, params.horizonDays),
    assumptions,
    provenance,
    meta: snapshotMeta(snapshot),
    source: {
      kind: 'chain-snapshot',
      market: provenance.market,
      chainId: provenance.chainId,
      block: provenance.block,
      day: provenance.day,
      description: `${provenance.source}: each reserve's supply, debt and held underlying, every supplier's aToken balance`,
      flaggedPrices: flaggedPrices(snapshot),
    },
  };
}
