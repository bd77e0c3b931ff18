// src/sources/defillama/getFeesOverview.ts
import { z } from "zod";
var FeesOverview = z.looseObject({
  protocols: z.array(
    z.looseObject({
      name: z.string().min(1),
      slug: z.string().nullish(),
      defillamaId: z.string().nullish(),
      total24h: z.number().nullish()
    })
  )
});
function getFeesOverview(api, dataType, options) {
  return api.getJson("/overview/fees", FeesOverview, {
    ...options,
    query: { excludeTotalDataChart: "true", excludeTotalDataChartBreakdown: "true", dataType }
  });
}
export {
  FeesOverview,
  getFeesOverview
};
