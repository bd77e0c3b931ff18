import { z } from 'zod';
import type { GetJsonOptions, HttpClient, JsonResponse } from '../http/httpClient.ts';

/**
 * One entry of DefiLlama `/protocols`: identity, category, parent, current TVL (USD), and the
 * `doublecounted` flag where the listing carries one (defillama-server spreads the protocol's entry).
 */
export const ProtocolListEntry = z.looseObject({
  name: z.string().min(1),
  slug: z.string().min(1),
  category: z.string().nullish(),
  chains: z.array(z.string()).default([]),
  tvl: z.number().nullish(),
  parentProtocol: z.string().nullish(),
  url: z.string().nullish(),
  oracles: z.array(z.string()).nullish(),
  doublecounted: z.boolean().nullish(),
});
export type ProtocolListEntry = z.infer<typeof ProtocolListEntry>;

/** DefiLlama `/protocols`: every listed protocol. */
export const ProtocolList = z.array(ProtocolListEntry);
export type ProtocolList = z.infer<typeof ProtocolList>;

/**
 * Lists every protocol DefiLlama tracks.
 * @example const r = await getProtocols(llama.api); if (r.status === 'ok') r.data.length;
 */
export function getProtocols(api: HttpClient, options?: GetJsonOptions): Promise<JsonResponse<ProtocolList>> {
  return api.getJson('/protocols', ProtocolList, options);
}
