// src/sources/defillama/getFeesSummary.ts
import { z } from "zod";
var FeesSummary = z.looseObject({
  name: z.string().min(1),
  totalDataChart: z.array(z.tuple([z.number().int(), z.number()]))
});
function getFeesSummary(api, slug, dataType, options) {
  return api.getJson(`/summary/fees/${encodeURIComponent(slug)}`, FeesSummary, {
    ...options,
    query: { dataType }
  });
}
export {
  FeesSummary,
  getFeesSummary
};
