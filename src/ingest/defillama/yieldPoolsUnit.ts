import { normaliseChain } from '../../model/normaliseChain.ts';
import { EXTREME_APY } from '../../model/poolYield.ts';
import { getYieldPools, type YieldPoolEntry } from '../../sources/defillama/getYieldPools.ts';
import type { HttpClient } from '../../sources/http/httpClient.ts';
import type { IngestFlag } from '../../store/store.ts';
import { YIELDS_LIVE_DATASET } from '../../store/yieldStore.ts';
import { checkpointOf, type IngestUnit, recordNotModified, storedValidators } from '../ingestUnit.ts';
import { DEFILLAMA_SOURCE } from './defillamaDataset.ts';

/** The unit that lists every pool. */
export const YIELD_POOLS_UNIT = 'yields:pools';

/**
 * DefiLlama Yields `/pools`: every pool's attributes (project slug, chain, reward and underlying tokens)
 * and its current TVL and APY split, stored as the run's `until` day (the API gives the current values,
 * undated). `onList` receives the pools (for planning the chart units). Flags pools with an APY but no
 * split (unknown incentive share) and APYs above EXTREME_APY.
 */
export function yieldPoolsUnit(client: HttpClient, onList: (pools: YieldPoolEntry[]) => void): IngestUnit {
  return {
    id: YIELD_POOLS_UNIT,
    async run(ctx) {
      const response = await getYieldPools(client, storedValidators(ctx));
      const checkpoint = checkpointOf(DEFILLAMA_SOURCE, YIELD_POOLS_UNIT, ctx, response.validators);
      if (response.status === 'not-modified') return recordNotModified(ctx, checkpoint);
      const pools = response.data.data;
      onList(pools);
      const day = ctx.until;
      const flag = (kind: string, count: number, message: string): IngestFlag => ({
        dataset: YIELDS_LIVE_DATASET,
        unit: YIELD_POOLS_UNIT,
        subject: `${count} pools`,
        day,
        kind,
        excluded: false,
        usd: null,
        message,
      });
      const unsplit = pools.filter((p) => p.apy != null && p.apyBase == null && p.apyReward == null).length;
      const extreme = pools.filter((p) => (p.apy ?? 0) > EXTREME_APY).length;
      const flags = [
        ...(unsplit > 0
          ? [
              flag(
                'apy-split-unknown',
                unsplit,
                `${unsplit} pools give an APY but no base/reward split: incentive share unknown`,
              ),
            ]
          : []),
        ...(extreme > 0
          ? [
              flag(
                'extreme-apy',
                extreme,
                `${extreme} pools report an APY above ${EXTREME_APY}%: left out of weighted figures`,
              ),
            ]
          : []),
      ];
      await ctx.commit({
        checkpoint: { ...checkpoint, newestDay: day },
        flags,
        write: (tx) =>
          tx.writeLivePools(
            day,
            pools.map((p) => ({
              pool: p.pool,
              project: p.project,
              chain: normaliseChain(p.chain),
              symbol: p.symbol,
              category: null,
              poolMeta: p.poolMeta ?? null,
              rewardTokens: p.rewardTokens ?? null,
              underlyingTokens: p.underlyingTokens ?? null,
              stablecoin: p.stablecoin ?? null,
              exposure: p.exposure ?? null,
              place: `pool ${p.pool}`,
            })),
            pools.map((p) => ({
              pool: p.pool,
              day,
              tvlUsd: p.tvlUsd,
              apy: p.apy ?? null,
              apyBase: p.apyBase ?? null,
              apyReward: p.apyReward ?? null,
              supplyUsd: null,
              borrowUsd: null,
              apyBaseBorrow: null,
              apyRewardBorrow: null,
            })),
          ),
      });
      return {
        status: 'written',
        bytes: response.bytes,
        newPoints: pools.length,
        excluded: 0,
        warnings: flags.length,
      };
    },
  };
}
