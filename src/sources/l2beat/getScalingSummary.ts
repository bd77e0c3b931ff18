import { z } from 'zod';
import type { GetJsonOptions, HttpClient, JsonResponse } from '../http/httpClient.ts';

/** One risk-rosette slice as L2BEAT publishes it. */
export const RosetteRisk = z.looseObject({
  name: z.string().min(1),
  value: z.string(),
  sentiment: z.string(),
  description: z.string().nullish(),
});

/** One project of L2BEAT `/api/scaling/summary`: stage, rosette and TVS breakdown (USD). */
export const ScalingProject = z.looseObject({
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
      associated: z.number(),
    }),
  }),
});
export type ScalingProject = z.infer<typeof ScalingProject>;

/**
 * L2BEAT `/api/scaling/summary`: every scaling project (keyed by id) and the total TVS chart
 * (`[unix seconds, native, canonical, external, ETH price]`, USD). Projects are checked one by one
 * against `ScalingProject`, so one malformed project is flagged without losing the others.
 */
export const ScalingSummary = z.looseObject({
  chart: z.looseObject({
    data: z.array(z.array(z.number())),
    syncedUntil: z.number().int().nullish(),
  }),
  projects: z.record(z.string(), z.unknown()),
});
export type ScalingSummary = z.infer<typeof ScalingSummary>;

/** Fetches L2BEAT's scaling summary. */
export function getScalingSummary(
  api: HttpClient,
  options?: GetJsonOptions,
): Promise<JsonResponse<ScalingSummary>> {
  return api.getJson('/scaling/summary', ScalingSummary, options);
}
