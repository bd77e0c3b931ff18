import { z } from 'zod';
import type { GetJsonOptions, HttpClient, JsonResponse } from '../http/httpClient.ts';

const apy = z.number().nullish();

/** One pool of DefiLlama Yields `/pools` (yield-server src/utils/enrichedColumns.js): APYs in percent, TVL in USD. */
export const YieldPoolEntry = z.looseObject({
  pool: z.string().min(1),
  chain: z.string().min(1),
  project: z.string().min(1),
  symbol: z.string(),
  tvlUsd: z.number().min(0),
  apy,
  apyBase: apy,
  apyReward: apy,
  rewardTokens: z.array(z.string()).nullish(),
  underlyingTokens: z.array(z.string()).nullish(),
  poolMeta: z.string().nullish(),
  stablecoin: z.boolean().nullish(),
  exposure: z.string().nullish(),
});
export type YieldPoolEntry = z.infer<typeof YieldPoolEntry>;

/** DefiLlama Yields `/pools`: `{ status: 'success', data: [pool, ...] }`. */
export const YieldPools = z.looseObject({ status: z.literal('success'), data: z.array(YieldPoolEntry) });
export type YieldPools = z.infer<typeof YieldPools>;

/**
 * Lists every pool DefiLlama Yields tracks, with its current TVL, APY split and reward tokens.
 * @example await getYieldPools(yields)
 */
export function getYieldPools(
  client: HttpClient,
  options?: GetJsonOptions,
): Promise<JsonResponse<YieldPools>> {
  return client.getJson('/pools', YieldPools, options);
}
