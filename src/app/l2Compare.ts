import { z } from 'zod';
import { systemSummary } from '../analytics/l2Systems.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DaySchema, parseParameters } from './parameters.ts';
import { checkAsOf } from './provenance.ts';
import { systemView } from './system.ts';
import { SystemSummary } from './systemSchemas.ts';
import { SYSTEM_SOURCES, systemMeta } from './systemSources.ts';

export const L2CompareParameters = z.strictObject({
  a: z.string().min(1).max(200),
  b: z.string().min(1).max(200),
  asOf: DaySchema.optional().describe("take the registry's facts as of this UTC day (default: the latest)"),
});
export type L2CompareParameters = z.input<typeof L2CompareParameters>;

/** `faultline.l2-compare/v1`: two systems side by side, of either kind. */
export const L2CompareResult = documentSchema('faultline.l2-compare/v1', {
  systems: z.tuple([SystemSummary, SystemSummary]),
});
export type L2CompareResult = z.infer<typeof L2CompareResult>;

/** Two systems (L2s or Bitcoin layers) side by side, with their facts as of `asOf`. */
export async function l2Compare(app: App, parameters: L2CompareParameters): Promise<L2CompareResult> {
  const p = parseParameters(L2CompareParameters, parameters, 'l2 compare');
  const asOf = p.asOf ?? null;
  await checkAsOf(app, asOf, SYSTEM_SOURCES);
  const [a, b] = await Promise.all([systemView(app, p.a, asOf), systemView(app, p.b, asOf)]);
  return {
    schema: 'faultline.l2-compare/v1',
    ...(await systemMeta(app, asOf)),
    systems: [systemSummary(a), systemSummary(b)],
  };
}
