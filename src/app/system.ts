import { z } from 'zod';
import { findSystem, systemSummary } from '../analytics/l2Systems.ts';
import type { Day } from '../core/day.ts';
import { NotFoundError } from '../core/errors.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DaySchema, parseParameters } from './parameters.ts';
import { checkAsOf } from './provenance.ts';
import { SystemSummary } from './systemSchemas.ts';
import { SYSTEM_SOURCES, systemMeta } from './systemSources.ts';

export const SystemParameters = z.strictObject({
  id: z.string().min(1).max(200).describe('a system by id, chain or name (L2 or Bitcoin layer)'),
  asOf: DaySchema.optional().describe("take the registry's facts as of this UTC day (default: the latest)"),
});
export type SystemParameters = z.input<typeof SystemParameters>;

/** The registry facts behind a system's evaluation: the known fields typed, the rest as the registry states them. */
export const SystemFactsSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    proofSystem: z.string().nullable(),
    asOf: z.string(),
    since: z.string(),
    notes: z.array(z.string()).describe('notes of every entry in force, each prefixed with its day'),
    sources: z.array(z.strictObject({ about: z.string(), url: z.string(), since: DaySchema })),
  })
  .loose();

/** `faultline.system/v1`: one L2 or Bitcoin layer in full, with the registry facts it was evaluated on. */
export const SystemResult = documentSchema('faultline.system/v1', {
  ...SystemSummary.omit({ asOf: true }).shape,
  unmet: z.array(z.strictObject({ stage: z.string(), key: z.string(), requirement: z.string() })),
  facts: SystemFactsSchema,
});
export type SystemResult = z.infer<typeof SystemResult>;

/** One system found by id, chain or name among the registry's, with its facts as of `asOf`. */
export async function systemView(app: App, id: string, asOf: Day | null) {
  const { systems } = await app.systems(asOf);
  const found = findSystem(systems, id);
  if (!found)
    throw new NotFoundError(`no registry system "${id}"; known: ${systems.map((s) => s.id).join(', ')}`, {
      field: 'id',
    });
  return found;
}

/**
 * One L2 or Bitcoin layer in full: the rosette ours vs L2BEAT, unmet stage requirements, who can steal,
 * freeze or censor and why, the exit delays, the value, the notes and every source, as of `asOf`.
 */
export async function system(app: App, parameters: SystemParameters): Promise<SystemResult> {
  const p = parseParameters(SystemParameters, parameters, 'l2');
  const asOf = p.asOf ?? null;
  await checkAsOf(app, asOf, SYSTEM_SOURCES);
  const v = await systemView(app, p.id, asOf);
  const { asOf: factsDay, ...summary } = systemSummary(v);
  return {
    schema: 'faultline.system/v1',
    ...(await systemMeta(app, asOf)),
    asOf: factsDay as Day,
    ...summary,
    unmet: v.l2?.unmet ?? [],
    facts: v.facts,
  };
}
