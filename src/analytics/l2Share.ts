import type { Month } from '../core/day.ts';
import type { ChainId } from '../model/chain.ts';
import { chainInfo } from '../model/normaliseChain.ts';
import type { ChainMonthEnd } from '../store/store.ts';

/** Ethereum L1 vs its L2s at one month end (USD). `share` is null when the denominator is unknown. */
export type L2ShareMonth = {
  month: Month;
  ethereumUsd: number | null;
  l2Usd: number;
  /** The L2s whose value is known this month. */
  l2s: ChainId[];
  /** Each of those L2s' value (USD), by chain id. */
  byChain: Record<string, number>;
  /** L2 share of Ethereum = Σ L2 / (Ethereum + Σ L2) (MODELS §2); null when Ethereum's value or every L2's is unknown. */
  share: number | null;
  /** True when this month's figures come only from datasets that track fewer L2s than the broadest one: a lower bound. */
  partial: boolean;
};

/**
 * L2 share of the Ethereum ecosystem per month, from month-end chain TVLs of any dataset. Where two
 * datasets give the same chain-month, the one listing more L2s that month wins. An L2 missing from a
 * month of a dataset that tracks it had no TVL yet; a month covered only by a narrower dataset is partial.
 */
export function l2ShareByMonth(rows: readonly ChainMonthEnd[]): L2ShareMonth[] {
  const isEthereumL2 = (c: ChainId) => chainInfo(c).layer === 'L2' && chainInfo(c).parent === 'ethereum';
  const byMonth = new Map<Month, Map<string, Map<ChainId, number>>>();
  for (const r of rows) {
    if (r.chain !== 'ethereum' && !isEthereumL2(r.chain)) continue;
    const datasets = byMonth.get(r.month) ?? new Map<string, Map<ChainId, number>>();
    const chains = datasets.get(r.dataset) ?? new Map<ChainId, number>();
    chains.set(r.chain, r.tvlUsd);
    datasets.set(r.dataset, chains);
    byMonth.set(r.month, datasets);
  }
  const tracked = new Map<string, Set<ChainId>>();
  for (const r of rows)
    if (isEthereumL2(r.chain)) tracked.set(r.dataset, (tracked.get(r.dataset) ?? new Set()).add(r.chain));
  const broadest = Math.max(0, ...[...tracked.values()].map((s) => s.size));
  return [...byMonth.keys()].sort().map((month) => {
    const merged = new Map<ChainId, number>();
    const present = byMonth.get(month) ?? new Map<string, Map<ChainId, number>>();
    const datasets = [...present.values()].sort((a, b) => a.size - b.size);
    const partial = Math.max(0, ...[...present.keys()].map((d) => tracked.get(d)?.size ?? 0)) < broadest;
    for (const chains of datasets) for (const [chain, usd] of chains) merged.set(chain, usd);
    const l2s = [...merged.keys()].filter(isEthereumL2).sort();
    const l2Usd = l2s.reduce((sum, c) => sum + (merged.get(c) ?? 0), 0);
    const ethereumUsd = merged.get('ethereum' as ChainId) ?? null;
    const share =
      ethereumUsd === null || l2s.length === 0 || ethereumUsd + l2Usd <= 0
        ? null
        : l2Usd / (ethereumUsd + l2Usd);
    const byChain = Object.fromEntries(l2s.map((c) => [c, merged.get(c) ?? 0]));
    return { month, ethereumUsd, l2Usd, l2s, byChain, share, partial };
  });
}
