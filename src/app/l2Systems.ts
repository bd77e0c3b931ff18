import { z } from 'zod';
import { systemSummary } from '../analytics/l2Systems.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DaySchema, parseParameters } from './parameters.ts';
import { checkAsOf } from './provenance.ts';
import { PublishedL2Profile, SystemSummary } from './systemSchemas.ts';
import { SYSTEM_SOURCES, systemMeta } from './systemSources.ts';

/** The day the registry's facts are taken as of (default: their latest state). */
export const SystemsParameters = z.strictObject({
  asOf: DaySchema.optional().describe("take the registry's facts as of this UTC day (default: the latest)"),
});
export type SystemsParameters = z.input<typeof SystemsParameters>;

/** `faultline.l2/v1`: every Ethereum L2 of the registry under L2BEAT's rules, beside L2BEAT's published profiles. */
export const L2SystemsResult = documentSchema('faultline.l2/v1', {
  systems: z.array(SystemSummary),
  published: z.array(PublishedL2Profile).describe("L2BEAT's published profiles, as stored"),
});
export type L2SystemsResult = z.infer<typeof L2SystemsResult>;

/**
 * Every Ethereum L2 of the registry under L2BEAT's rules (MODELS §4), with its facts as of `asOf`: stage,
 * rosette, exit window, the fewest parties that can steal, freeze or censor, the value, and where the
 * evaluation differs from L2BEAT's published one; beside L2BEAT's own list.
 */
export async function l2Systems(app: App, parameters: SystemsParameters): Promise<L2SystemsResult> {
  const p = parseParameters(SystemsParameters, parameters, 'l2');
  const asOf = p.asOf ?? null;
  await checkAsOf(app, asOf, SYSTEM_SOURCES);
  const { systems } = await app.systems(asOf);
  const published = (await (await app.store()).l2RiskProfiles()).filter(
    (x) => asOf === null || x.asOf <= asOf,
  );
  return {
    schema: 'faultline.l2/v1',
    ...(await systemMeta(app, asOf)),
    systems: systems.filter((s) => s.kind === 'ethereum-l2').map(systemSummary),
    published,
  };
}
