import { SourceError } from '../../core/errors.ts';
import { getYieldChart } from '../../sources/defillama/getYieldChart.ts';
import type { HttpClient } from '../../sources/http/httpClient.ts';
import { checkpointOf, type IngestUnit, recordNotModified, storedValidators } from '../ingestUnit.ts';
import { DEFILLAMA_SOURCE } from './defillamaDataset.ts';

/** The id of a pool's chart unit is this prefix and the pool id. */
export const YIELD_CHART_UNIT_PREFIX = 'yields:chart:';

/**
 * One pool's DefiLlama Yields `/chart/{pool}` history (the last point of each UTC day), up to `until`
 * and from `since`: it replaces the pool's live days in its range (the API sends the whole history).
 * A pool whose chart the pools unit has not listed gets its days all the same; its attributes come with
 * the next `/pools`.
 */
export function yieldChartUnit(client: HttpClient, pool: string): IngestUnit {
  const id = `${YIELD_CHART_UNIT_PREFIX}${pool}`;
  return {
    id,
    async run(ctx) {
      const response = await getYieldChart(client, pool, storedValidators(ctx));
      const checkpoint = checkpointOf(DEFILLAMA_SOURCE, id, ctx, response.validators);
      if (response.status === 'not-modified') return recordNotModified(ctx, checkpoint);
      if (response.data.data.length === 0)
        throw new SourceError(`DefiLlama Yields returned no history for pool ${pool}; stored days kept`, {
          source: response.url,
          retryable: true,
        });
      const byDay = new Map(response.data.data.map((p) => [p.timestamp.slice(0, 10), p]));
      const days = [...byDay]
        .filter(([day]) => day <= ctx.until && (!ctx.since || day >= ctx.since))
        .map(([day, p]) => ({
          pool,
          day: day as typeof ctx.until,
          tvlUsd: p.tvlUsd,
          apy: p.apy ?? null,
          apyBase: p.apyBase ?? null,
          apyReward: p.apyReward ?? null,
          supplyUsd: null,
          borrowUsd: null,
          apyBaseBorrow: null,
          apyRewardBorrow: null,
        }))
        .sort((a, b) => a.day.localeCompare(b.day));
      await ctx.commit({
        checkpoint: { ...checkpoint, newestDay: days.at(-1)?.day ?? null },
        flags: [],
        write: (tx) => tx.writeLivePoolHistory(pool, days),
      });
      return { status: 'written', bytes: response.bytes, newPoints: days.length, excluded: 0, warnings: 0 };
    },
  };
}
