// src/sources/defillama/getChains.ts
import { z } from "zod";
var ChainList = z.array(
  z.looseObject({
    name: z.string().min(1),
    tvl: z.number(),
    gecko_id: z.string().nullish(),
    tokenSymbol: z.string().nullish(),
    chainId: z.union([z.number(), z.string()]).nullish()
  })
);
function getChains(api, options) {
  return api.getJson("/v2/chains", ChainList, options);
}
export {
  ChainList,
  getChains
};
