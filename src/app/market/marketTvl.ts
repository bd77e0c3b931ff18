import { type ChainMarketTvl, chainMarketTvl } from '../../analytics/chainMarketTvl.ts';
import type { Day } from '../../core/day.ts';
import type { ChainId } from '../../model/chain.ts';
import type { Store } from '../../store/store.ts';
import { provenanceOf, type SnapshotProvenance, storedSnapshot } from './storedSnapshot.ts';

/** DefiLlama's figure for the same protocol, chain and day, and why it differs from the chain's. */
export type TvlComparison = {
  protocol: string;
  chain: string;
  defillamaUsd: number | null;
  differenceUsd: number | null;
  explanation: string[];
};

/**
 * The market's TVL from chain (Σ supplied − borrowed, priced at the oracle), beside DefiLlama's stored
 * figure for the same day when a protocol and chain are given, the difference explained.
 */
export async function marketTvl(
  deps: { store: Store },
  params: { market: string; block?: number; defillama?: { protocol: string; chain: ChainId } },
): Promise<ChainMarketTvl & { provenance: SnapshotProvenance; comparison: TvlComparison | null }> {
  const snapshot = await storedSnapshot(deps.store, params.market, params.block);
  const tvl = chainMarketTvl(snapshot);
  let comparison: TvlComparison | null = null;
  if (params.defillama) {
    const { protocol, chain } = params.defillama;
    const points = await deps.store.tvlPointsOn(
      { chains: [chain], protocols: [protocol], to: snapshot.day as Day, classes: new Map() },
      snapshot.day as Day,
    );
    const counted = points.filter((p) => p.section === 'tvl' && p.flag === null);
    const defillamaUsd = counted.length > 0 ? counted.reduce((s, p) => s + p.usd, 0) : null;
    comparison = {
      protocol,
      chain,
      defillamaUsd,
      differenceUsd: defillamaUsd === null ? null : tvl.tvlUsd - defillamaUsd,
      explanation: [
        'DefiLlama counts the underlying the aTokens hold (here heldUsd); supplied − borrowed also counts interest accrued but not yet paid in, and unbacked supply.',
        'DefiLlama prices tokens with its coins API at its own hour of the day; the chain figure uses the market oracle at the block.',
        ...(defillamaUsd === null
          ? [`DefiLlama has no stored ${protocol} point on ${chain} for ${snapshot.day}.`]
          : []),
      ],
    };
  }
  return { ...tvl, provenance: provenanceOf(snapshot), comparison };
}
