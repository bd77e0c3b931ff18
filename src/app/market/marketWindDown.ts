import { chainWindDown } from '../../analytics/chainWindDown.ts';
import { type WindDownResult, windDown } from '../../risk/lending/windDown.ts';
import type { MarketStore } from '../../store/marketStore.ts';
import { provenanceOf, type SnapshotProvenance, storedSnapshot } from './storedSnapshot.ts';

/**
 * `lending winddown --market ID`: the market switched to withdraw-only from its real reserves — what
 * can leave now (the underlying the aTokens hold), what is stuck behind borrowers, the borrow rate once
 * the free liquidity is gone, and each supplier's claim.
 */
export async function marketWindDown(
  deps: { store: MarketStore },
  params: { market: string; block?: number; repayRatePerDay: number; horizonDays: number },
): Promise<WindDownResult & { assumptions: string[]; provenance: SnapshotProvenance }> {
  const snapshot = await storedSnapshot(deps.store, params.market, params.block);
  const { reserves, suppliers, assumptions } = chainWindDown(snapshot);
  return {
    ...windDown(reserves, suppliers, params.repayRatePerDay, params.horizonDays),
    assumptions,
    provenance: provenanceOf(snapshot),
  };
}
