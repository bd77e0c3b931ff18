import { z } from 'zod';
import type { GetJsonOptions, HttpClient, JsonResponse } from '../http/httpClient.ts';

/** DefiLlama `/v2/historicalChainTvl/{chain}`: the chain's published daily TVL (USD, `date` in Unix seconds). */
export const ChainTvlHistory = z.array(z.looseObject({ date: z.number().int(), tvl: z.number() }));
export type ChainTvlHistory = z.infer<typeof ChainTvlHistory>;

/**
 * Fetches a chain's published daily TVL (DefiLlama's own total, all protocols, default toggles).
 * @example await getHistoricalChainTvl(llama.api, 'Ethereum');
 */
export function getHistoricalChainTvl(
  api: HttpClient,
  chain: string,
  options?: GetJsonOptions,
): Promise<JsonResponse<ChainTvlHistory>> {
  return api.getJson(`/v2/historicalChainTvl/${encodeURIComponent(chain)}`, ChainTvlHistory, options);
}
