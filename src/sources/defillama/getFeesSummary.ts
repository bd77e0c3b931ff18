import { z } from 'zod';
import type { GetJsonOptions, HttpClient, JsonResponse } from '../http/httpClient.ts';
import type { FeesDataType } from './getFeesOverview.ts';

/** DefiLlama `/summary/fees/{slug}`: a protocol's daily fees or revenue, `[unix seconds, USD]` pairs. */
export const FeesSummary = z.looseObject({
  name: z.string().min(1),
  totalDataChart: z.array(z.tuple([z.number().int(), z.number()])),
});
export type FeesSummary = z.infer<typeof FeesSummary>;

/**
 * Fetches one protocol's daily fees (`dailyFees`) or revenue (`dailyRevenue`).
 * @example await getFeesSummary(llama.api, 'aave', 'dailyRevenue');
 */
export function getFeesSummary(
  api: HttpClient,
  slug: string,
  dataType: FeesDataType,
  options?: GetJsonOptions,
): Promise<JsonResponse<FeesSummary>> {
  return api.getJson(`/summary/fees/${encodeURIComponent(slug)}`, FeesSummary, {
    ...options,
    query: { dataType },
  });
}
