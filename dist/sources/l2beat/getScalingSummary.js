// src/sources/l2beat/getScalingSummary.ts
import { z } from "zod";
var RosetteRisk = z.looseObject({
  name: z.string().min(1),
  value: z.string(),
  sentiment: z.string(),
  description: z.string().nullish()
});
var ScalingProject = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  slug: z.string().nullish(),
  type: z.string().nullish(),
  hostChain: z.string().nullish(),
  category: z.string().min(1),
  providers: z.array(z.string()).nullish(),
  isArchived: z.boolean().nullish(),
  isUpcoming: z.boolean().nullish(),
  isUnderReview: z.boolean().nullish(),
  stage: z.string().min(1),
  risks: z.array(RosetteRisk),
  tvs: z.looseObject({
    breakdown: z.looseObject({
      total: z.number(),
      ether: z.number(),
      stablecoin: z.number(),
      associated: z.number()
    })
  })
});
var ScalingSummary = z.looseObject({
  chart: z.looseObject({
    data: z.array(z.array(z.number())),
    syncedUntil: z.number().int().nullish()
  }),
  projects: z.record(z.string(), z.unknown())
});
function getScalingSummary(api, options) {
  return api.getJson("/scaling/summary", ScalingSummary, options);
}
export {
  RosetteRisk,
  ScalingProject,
  ScalingSummary,
  getScalingSummary
};
