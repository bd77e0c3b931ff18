import { z } from 'zod';
import { loadBabylon } from '../analytics/babylonStake.ts';
import { NotFoundError } from '../core/errors.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DaySchema, parseParameters } from './parameters.ts';
import { checkAsOf, provenance } from './provenance.ts';

/** The datasets Babylon's view reads: its parameters and registry, the staked BTC, the BTC close. */
export const BABYLON_SOURCES = ['babylon/bbn-1', 'btc-staking/monthly', 'prices/daily'] as const;

export const RestakingBabylonParameters = z.strictObject({
  asOf: DaySchema.optional().describe(
    'staked BTC and the BTC price up to this UTC day (default: the newest)',
  ),
});
export type RestakingBabylonParameters = z.input<typeof RestakingBabylonParameters>;

/** `faultline.restaking-babylon/v1`: Babylon's covenant, slashing, unbonding and finality from the store. */
export const RestakingBabylonResult = documentSchema('faultline.restaking-babylon/v1', {
  security: z.strictObject({
    covenant: z.strictObject({ quorum: z.number().int(), size: z.number().int(), text: z.string() }),
    slashingRate: z
      .number()
      .nullable()
      .describe('a fraction; null when the stored parameters do not carry it'),
    stakedBtc: z.number().nullable().describe('BTC'),
    stakeAtRiskBtc: z.number().nullable().describe('BTC burnt if every provider equivocates'),
    stakeAtRiskUsd: z.number().nullable().describe('USD at the BTC close below'),
    unbonding: z.strictObject({ blocks: z.number().int(), days: z.number() }),
    finality: z.strictObject({ quorum: z.number(), haltShare: z.number(), safetyShare: z.number() }),
    finalityProviders: z.number().int(),
    text: z.string(),
  }),
  month: z.string().nullable().describe('the month-end (YYYY-MM) the staked BTC is from'),
  btcPrice: z.strictObject({ day: DaySchema, usd: z.number() }).nullable(),
});
export type RestakingBabylonResult = z.infer<typeof RestakingBabylonResult>;

/**
 * Babylon's security from the store (MODELS §5): the covenant quorum that co-signs slashing and
 * unbonding, the slashing rate of the stored parameters and the BTC it would burn, the unbonding wait, and
 * the finality quorum, with the staked BTC at the newest month-end on or before `asOf`.
 * @example await restakingBabylon(app, {})
 */
export async function restakingBabylon(
  app: App,
  parameters: RestakingBabylonParameters,
): Promise<RestakingBabylonResult> {
  const p = parseParameters(RestakingBabylonParameters, parameters, 'restaking babylon');
  await checkAsOf(app, p.asOf ?? null, BABYLON_SOURCES);
  const view = await loadBabylon(await app.store(), p.asOf ?? null);
  if (!view) throw new NotFoundError('the Babylon dataset is not imported (run `faultline import`)');
  return {
    schema: 'faultline.restaking-babylon/v1',
    asOf: p.asOf ?? view.btcPrice?.day ?? null,
    ...(await provenance(app, BABYLON_SOURCES, p.asOf ?? null)),
    coverage: null,
    ...view,
  };
}
