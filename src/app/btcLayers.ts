import { z } from 'zod';
import { systemSummary } from '../analytics/l2Systems.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { SystemsParameters } from './l2Systems.ts';
import { parseParameters } from './parameters.ts';
import { checkAsOf } from './provenance.ts';
import { BtcLayerProfile, BtcPrice, SystemSummary } from './systemSchemas.ts';
import { SYSTEM_SOURCES, systemMeta } from './systemSources.ts';

/** `faultline.btc-layers/v1`: Bitcoin layers in bitcoinlayers.org's tiers beside Faultline's custody model. */
export const BtcLayersResult = documentSchema('faultline.btc-layers/v1', {
  btcPrice: BtcPrice,
  layers: z.array(SystemSummary).describe("the registry's Bitcoin layers (and BOB), evaluated"),
  published: z.array(BtcLayerProfile).describe("bitcoinlayers.org's reviews, as stored"),
});
export type BtcLayersResult = z.infer<typeof BtcLayersResult>;

/**
 * Bitcoin layers (and BOB) of the registry with their facts as of `asOf`: bitcoinlayers.org's tiers
 * beside Faultline's custody model, collusion thresholds, worst-case exit and BTC value; and every
 * layer bitcoinlayers.org reviews.
 */
export async function btcLayers(
  app: App,
  parameters: z.input<typeof SystemsParameters>,
): Promise<BtcLayersResult> {
  const p = parseParameters(SystemsParameters, parameters, 'btc-layers');
  const asOf = p.asOf ?? null;
  await checkAsOf(app, asOf, SYSTEM_SOURCES);
  const { systems, btcPrice } = await app.systems(asOf);
  return {
    schema: 'faultline.btc-layers/v1',
    ...(await systemMeta(app, asOf)),
    btcPrice,
    layers: systems.filter((s) => s.kind === 'bitcoin-layer' || s.bitcoinlayers !== null).map(systemSummary),
    published: await (await app.store()).btcLayerProfiles(),
  };
}
