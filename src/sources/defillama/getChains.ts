import { z } from 'zod';
import type { GetJsonOptions, HttpClient, JsonResponse } from '../http/httpClient.ts';

/** DefiLlama `/v2/chains`: every chain with its current TVL (USD). */
export const ChainList = z.array(
  z.looseObject({
    name: z.string().min(1),
    tvl: z.number(),
    gecko_id: z.string().nullish(),
    tokenSymbol: z.string().nullish(),
    chainId: z.union([z.number(), z.string()]).nullish(),
  }),
);
export type ChainList = z.infer<typeof ChainList>;

/** Lists every chain DefiLlama tracks, with today's TVL. */
export function getChains(api: HttpClient, options?: GetJsonOptions): Promise<JsonResponse<ChainList>> {
  return api.getJson('/v2/chains', ChainList, options);
}
