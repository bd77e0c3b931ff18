// src/sources/defillama/getProtocols.ts
import { z } from "zod";
var ProtocolListEntry = z.looseObject({
  name: z.string().min(1),
  slug: z.string().min(1),
  category: z.string().nullish(),
  chains: z.array(z.string()).default([]),
  tvl: z.number().nullish(),
  parentProtocol: z.string().nullish(),
  url: z.string().nullish(),
  oracles: z.array(z.string()).nullish()
});
var ProtocolList = z.array(ProtocolListEntry);
function getProtocols(api, options) {
  return api.getJson("/protocols", ProtocolList, options);
}
export {
  ProtocolList,
  ProtocolListEntry,
  getProtocols
};
