// src/sources/defillama/getHistoricalChainTvl.ts
import { z } from "zod";
var ChainTvlHistory = z.array(z.looseObject({ date: z.number().int(), tvl: z.number() }));
function getHistoricalChainTvl(api, chain, options) {
  return api.getJson(`/v2/historicalChainTvl/${encodeURIComponent(chain)}`, ChainTvlHistory, options);
}
export {
  ChainTvlHistory,
  getHistoricalChainTvl
};
