import { z } from 'zod';
import type { GetJsonOptions, HttpClient, JsonResponse } from '../http/httpClient.ts';

const apy = z.number().nullish();

/**
 * DefiLlama Yields `/chart/{pool}`: the pool's last point of each day (yield-server
 * src/api/controllers/yield.js getYieldHistory): ISO timestamp, TVL (USD), APY split (percent).
 */
export const YieldChart = z.looseObject({
  status: z.literal('success'),
  data: z.array(
    z.looseObject({
      timestamp: z.string().regex(/^\d{4}-\d{2}-\d{2}T/),
      tvlUsd: z.number().min(0),
      apy,
      apyBase: apy,
      apyReward: apy,
    }),
  ),
});
export type YieldChart = z.infer<typeof YieldChart>;

/**
 * Fetches one pool's daily history.
 * @example await getYieldChart(yields, '747c1d2a-c668-4682-b9f9-296708a3dd90')
 */
export function getYieldChart(
  client: HttpClient,
  pool: string,
  options?: GetJsonOptions,
): Promise<JsonResponse<YieldChart>> {
  return client.getJson(`/chart/${encodeURIComponent(pool)}`, YieldChart, options);
}
