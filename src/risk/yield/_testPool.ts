import type { Day } from '../../core/day.ts';
import type { ChainId } from '../../model/chain.ts';
import type { PoolYield } from '../../model/poolYield.ts';

/** A pool-day with neutral defaults (no lending side, no tokens), for tests. */
export function pool(over: Partial<PoolYield> = {}): PoolYield {
  return {
    pool: 'p',
    project: 'proto',
    chain: 'ethereum' as ChainId,
    symbol: 'X',
    category: 'Dexs',
    poolMeta: null,
    day: '2025-04-10' as Day,
    dataset: 'test',
    tvlUsd: 0,
    apy: null,
    apyBase: null,
    apyReward: null,
    supplyUsd: null,
    borrowUsd: null,
    apyBaseBorrow: null,
    apyRewardBorrow: null,
    rewardTokens: null,
    tokensDay: null,
    ...over,
  };
}
