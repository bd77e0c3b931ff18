import { z } from 'zod';
import { systemsExposure } from '../analytics/l2Systems.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { SystemsParameters } from './l2Systems.ts';
import { parseParameters } from './parameters.ts';
import { checkAsOf } from './provenance.ts';
import { BtcPrice, ExposureSchema } from './systemSchemas.ts';
import { SYSTEM_SOURCES, systemMeta } from './systemSources.ts';

/** `faultline.l2-exposure/v1`: value behind each weakness, and the value each DA layer secures. */
export const L2ExposureResult = documentSchema('faultline.l2-exposure/v1', {
  ...ExposureSchema.shape,
  btcPrice: BtcPrice,
  values: z.array(
    z.strictObject({
      id: z.string(),
      usd: z.number().nullable(),
      btc: z.number().nullable(),
      source: z.string().nullable(),
      asOf: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
export type L2ExposureResult = z.infer<typeof L2ExposureResult>;

/**
 * The value-weighted view over L2s and Bitcoin layers: value on systems whose exit window is None, with
 * no proof of state validity, with data off the settlement chain, with a bridge held by a federation or
 * custodian, or where one party alone can steal. Systems without a value are listed, never counted as 0.
 */
export async function l2Exposure(
  app: App,
  parameters: z.input<typeof SystemsParameters>,
): Promise<L2ExposureResult> {
  const p = parseParameters(SystemsParameters, parameters, 'l2 exposure');
  const asOf = p.asOf ?? null;
  await checkAsOf(app, asOf, SYSTEM_SOURCES);
  const { systems, btcPrice } = await app.systems(asOf);
  return {
    schema: 'faultline.l2-exposure/v1',
    ...(await systemMeta(app, asOf)),
    ...systemsExposure(systems),
    btcPrice,
    values: systems.map((v) => ({
      id: v.id,
      usd: v.value?.usd ?? null,
      btc: v.value?.btc ?? null,
      source: v.value?.source ?? null,
      asOf: v.value?.asOf ?? null,
      note: v.valueNote,
    })),
  };
}
