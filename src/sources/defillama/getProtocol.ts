import { z } from 'zod';
import type { GetJsonOptions, HttpClient, JsonResponse } from '../http/httpClient.ts';

/** One day of a TVL history: `date` in Unix seconds (UTC), value in USD. */
export const TvlItem = z.looseObject({ date: z.number().int(), totalLiquidityUSD: z.number() });
/** One day of token holdings: amounts in token units (`tokens`) or their USD value (`tokensInUsd`). */
export const TokensItem = z.looseObject({
  date: z.number().int(),
  tokens: z.record(z.string(), z.number().nullable()),
});

/** One `chainTvls` entry: a chain's (or a `Chain-section` key's) history. */
export const ChainHistory = z.looseObject({
  tvl: z.array(TvlItem),
  tokens: z.array(TokensItem).nullish(),
  tokensInUsd: z.array(TokensItem).nullish(),
});
export type ChainHistory = z.infer<typeof ChainHistory>;

/**
 * DefiLlama `/protocol/{slug}`: the protocol's identity and its daily history per chain and section
 * (`chainTvls` keyed `Ethereum`, `Ethereum-borrowed`, `staking`, ...). Some recorded responses are cut
 * down to the protocol-wide `tvl` history; `chainTvls` is then absent.
 */
export const ProtocolResponse = z.looseObject({
  name: z.string().min(1),
  category: z.string().nullish(),
  parentProtocol: z.string().nullish(),
  doublecounted: z.boolean().nullish(),
  chains: z.array(z.string()).nullish(),
  tvl: z.array(TvlItem),
  chainTvls: z.record(z.string(), ChainHistory).optional(),
  currentChainTvls: z.record(z.string(), z.number()).optional(),
});
export type ProtocolResponse = z.infer<typeof ProtocolResponse>;

/**
 * Fetches one protocol's full history.
 * @example const r = await getProtocol(llama.api, 'zerolend');
 */
export function getProtocol(
  api: HttpClient,
  slug: string,
  options?: GetJsonOptions,
): Promise<JsonResponse<ProtocolResponse>> {
  return api.getJson(`/protocol/${encodeURIComponent(slug)}`, ProtocolResponse, options);
}
