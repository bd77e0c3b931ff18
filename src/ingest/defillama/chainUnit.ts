import { dayFromUnix } from '../../core/day.ts';
import { SourceError } from '../../core/errors.ts';
import { normaliseChain } from '../../model/normaliseChain.ts';
import { getHistoricalChainTvl } from '../../sources/defillama/getHistoricalChainTvl.ts';
import type { HttpClient } from '../../sources/http/httpClient.ts';
import { appendNewDays } from '../appendNewDays.ts';
import { checkpointOf, type IngestUnit, recordNotModified, storedValidators } from '../ingestUnit.ts';
import { DEFILLAMA_DATASET, DEFILLAMA_SOURCE } from './defillamaDataset.ts';

/** A chain's published daily TVL (`/v2/historicalChainTvl/{chain}`): the days not stored yet. */
export function chainUnit(api: HttpClient, chainName: string): IngestUnit {
  const id = `chain:${chainName}`;
  const chain = normaliseChain(chainName);
  return {
    id,
    async run(ctx) {
      const response = await getHistoricalChainTvl(api, chainName, storedValidators(ctx));
      const checkpoint = checkpointOf(DEFILLAMA_SOURCE, id, ctx, response.validators);
      if (response.status === 'not-modified') return recordNotModified(ctx, checkpoint);
      if (response.data.length === 0) {
        throw new SourceError(`DefiLlama returned no history for chain "${chainName}"; stored history kept`, {
          source: response.url,
          retryable: true,
        });
      }
      const days = response.data.map((p) => {
        const day = dayFromUnix(p.date);
        return [day, [DEFILLAMA_DATASET, chain, day, p.tvl]] as const;
      });
      return appendNewDays(
        ctx,
        {
          table: 'chain_tvl_daily',
          keyColumn: 'chain',
          columns: [
            ['dataset', 'varchar'],
            ['chain', 'varchar'],
            ['day', 'date'],
            ['tvl_usd', 'double'],
          ],
        },
        new Map([[chain, days]]),
        { ...checkpoint, newestDay: days.at(-1)?.[0] ?? null },
        response.bytes,
      );
    },
  };
}
