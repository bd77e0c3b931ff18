import { z } from 'zod';
import type { GetJsonOptions, HttpClient, JsonResponse } from '../http/httpClient.ts';

/** Which figure a fees endpoint reports: fees paid by users, or the protocol's revenue. */
export type FeesDataType = 'dailyFees' | 'dailyRevenue';

/** DefiLlama `/overview/fees`: every protocol with a fees adapter, and its last 24 h (USD). */
export const FeesOverview = z.looseObject({
  protocols: z.array(
    z.looseObject({
      name: z.string().min(1),
      slug: z.string().nullish(),
      defillamaId: z.string().nullish(),
      total24h: z.number().nullish(),
    }),
  ),
});
export type FeesOverview = z.infer<typeof FeesOverview>;

/** Lists protocols with fees (or revenue) data. */
export function getFeesOverview(
  api: HttpClient,
  dataType: FeesDataType,
  options?: GetJsonOptions,
): Promise<JsonResponse<FeesOverview>> {
  return api.getJson('/overview/fees', FeesOverview, {
    ...options,
    query: { excludeTotalDataChart: 'true', excludeTotalDataChartBreakdown: 'true', dataType },
  });
}
