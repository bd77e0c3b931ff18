import { z } from 'zod';
import type { GetJsonOptions, HttpClient, JsonResponse } from '../http/httpClient.ts';

/** DefiLlama coins `/chart/{coins}`: evenly spaced prices (USD) per coin, `timestamp` in Unix seconds. */
export const PriceChart = z.looseObject({
  coins: z.record(
    z.string(),
    z.looseObject({
      symbol: z.string().nullish(),
      confidence: z.number().nullish(),
      prices: z.array(z.looseObject({ timestamp: z.number().int(), price: z.number() })),
    }),
  ),
});
export type PriceChart = z.infer<typeof PriceChart>;

/**
 * Daily prices of coins from `start` (Unix seconds) for `span` days.
 * @example await getPriceChart(llama.coins, ['coingecko:ethereum'], 1735689600, 30);
 */
export function getPriceChart(
  coins: HttpClient,
  ids: readonly string[],
  startSeconds: number,
  spanDays: number,
  options?: GetJsonOptions,
): Promise<JsonResponse<PriceChart>> {
  return coins.getJson(`/chart/${ids.join(',')}`, PriceChart, {
    ...options,
    query: { start: startSeconds, span: spanDays, period: '1d', searchWidth: '600' },
  });
}
