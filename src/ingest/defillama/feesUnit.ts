import { type Day, dayFromUnix } from '../../core/day.ts';
import type { FeesDataType } from '../../sources/defillama/getFeesOverview.ts';
import { getFeesSummary } from '../../sources/defillama/getFeesSummary.ts';
import type { HttpClient } from '../../sources/http/httpClient.ts';
import { appendNewDays } from '../appendNewDays.ts';
import { checkpointOf, type IngestUnit } from '../ingestUnit.ts';
import { DEFILLAMA_DATASET, DEFILLAMA_SOURCE } from './defillamaDataset.ts';

const KINDS: readonly (readonly [FeesDataType, string])[] = [
  ['dailyFees', 'fees'],
  ['dailyRevenue', 'revenue'],
];

/** A protocol's daily fees and revenue (`/summary/fees/{slug}`, both data types): the days not stored yet. */
export function feesUnit(api: HttpClient, slug: string): IngestUnit {
  const id = `fees:${slug}`;
  return {
    id,
    async run(ctx) {
      let bytes = 0;
      const rows = new Map<string, (readonly [Day, readonly unknown[]])[]>();
      for (const [dataType, kind] of KINDS) {
        const response = await getFeesSummary(api, slug, dataType);
        if (response.status !== 'ok') continue;
        bytes += response.bytes;
        rows.set(
          `${slug}/${kind}`,
          response.data.totalDataChart.map(([at, usd]) => {
            const day = dayFromUnix(at);
            return [day, [DEFILLAMA_DATASET, slug, day, kind, usd]] as const;
          }),
        );
      }
      const newestDay = [...rows.values()]
        .flat()
        .reduce<Day | null>((d, [day]) => (d && d > day ? d : day), null);
      return appendNewDays(
        ctx,
        {
          table: 'protocol_fees_daily',
          keyColumn: "protocol || '/' || kind",
          columns: [
            ['dataset', 'varchar'],
            ['protocol', 'varchar'],
            ['day', 'date'],
            ['kind', 'varchar'],
            ['usd', 'double'],
          ],
        },
        rows,
        { ...checkpointOf(DEFILLAMA_SOURCE, id, ctx), newestDay },
        bytes,
      );
    },
  };
}
