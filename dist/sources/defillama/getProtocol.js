// src/sources/defillama/getProtocol.ts
import { z } from "zod";
var TvlItem = z.looseObject({ date: z.number().int(), totalLiquidityUSD: z.number() });
var TokensItem = z.looseObject({
  date: z.number().int(),
  tokens: z.record(z.string(), z.number().nullable())
});
var ChainHistory = z.looseObject({
  tvl: z.array(TvlItem),
  tokens: z.array(TokensItem).nullish(),
  tokensInUsd: z.array(TokensItem).nullish()
});
var ProtocolResponse = z.looseObject({
  name: z.string().min(1),
  category: z.string().nullish(),
  parentProtocol: z.string().nullish(),
  doublecounted: z.boolean().nullish(),
  chains: z.array(z.string()).nullish(),
  tvl: z.array(TvlItem),
  chainTvls: z.record(z.string(), ChainHistory).optional(),
  currentChainTvls: z.record(z.string(), z.number()).optional()
});
function getProtocol(api, slug, options) {
  return api.getJson(`/protocol/${encodeURIComponent(slug)}`, ProtocolResponse, options);
}
export {
  ChainHistory,
  ProtocolResponse,
  TokensItem,
  TvlItem,
  getProtocol
};
