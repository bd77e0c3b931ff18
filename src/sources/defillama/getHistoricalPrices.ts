import { z } from 'zod';
import type { GetJsonOptions, HttpClient, JsonResponse } from '../http/httpClient.ts';

/** A coin's price (USD) at a time (Unix seconds), with DefiLlama's confidence (0..1). */
export const CoinPrice = z.looseObject({
  price: z.number(),
  symbol: z.string().nullish(),
  timestamp: z.number().int(),
  confidence: z.number().nullish(),
  decimals: z.number().nullish(),
});

/** DefiLlama coins `/prices/historical/{timestamp}/{coins}`: each coin's price nearest the time. */
export const HistoricalPrices = z.looseObject({ coins: z.record(z.string(), CoinPrice) });
export type HistoricalPrices = z.infer<typeof HistoricalPrices>;

/**
 * Prices of coins (`coingecko:ethereum`, `ethereum:0x…`) at one Unix time (seconds).
 * @example await getHistoricalPrices(llama.coins, ['coingecko:bitcoin'], 1735689600);
 */
export function getHistoricalPrices(
  coins: HttpClient,
  ids: readonly string[],
  unixSeconds: number,
  options?: GetJsonOptions,
): Promise<JsonResponse<HistoricalPrices>> {
  return coins.getJson(`/prices/historical/${unixSeconds}/${ids.join(',')}`, HistoricalPrices, options);
}
