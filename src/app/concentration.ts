import { z } from 'zod';
import { type Market, marketConcentration, marketsOf } from '../analytics/markets.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DaySchema, parseParameters } from './parameters.ts';
import { checkAsOf, provenance, TVL_SOURCES } from './provenance.ts';

export const ConcentrationParameters = z
  .strictObject({
    category: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('a DefiLlama category (Restaking, Lending, ...)'),
    market: z.enum(['l2', 'btc-staking']).optional(),
    chain: z.string().min(1).max(200).optional().describe('the protocols on one chain'),
    asOf: DaySchema.optional().describe('use only data up to this UTC day'),
  })
  .refine((p) => marketsOf(p).length === 1, { message: 'give exactly one of category, market, chain' });
export type ConcentrationParameters = z.input<typeof ConcentrationParameters>;

const Participant = z.strictObject({ name: z.string(), value: z.number(), share: z.number() });

/** A market's concentration (MODELS §3) with what it measures: the shares' basis, source and date. */
export const MarketConcentration = z.strictObject({
  market: z.string(),
  basis: z.string().describe('what the shares are of, with its unit'),
  dataset: z.string(),
  asOf: z.string().describe('the UTC day (or month) the shares are of'),
  count: z.number().int(),
  total: z.number(),
  leader: Participant.nullable(),
  hhi: z.number().describe('Σ (100·share)², 0..10,000'),
  band: z.enum(['unconcentrated', 'moderate', 'high']),
  top3Share: z.number(),
  nakamoto50: z.number().int(),
  nakamoto33: z.number().int(),
  participants: z.array(Participant),
});
export type MarketConcentration = z.infer<typeof MarketConcentration>;

/** `faultline.concentration/v1`: shares, HHI with its band, top-3 share, Nakamoto coefficients. */
export const ConcentrationResult = documentSchema('faultline.concentration/v1', {
  markets: z.array(MarketConcentration),
});
export type ConcentrationResult = z.infer<typeof ConcentrationResult>;

/** Sources each market reads. */
const MARKET_SOURCES: Record<Market['kind'], readonly string[]> = {
  category: ['defillama/protocols-snapshot', ...TVL_SOURCES],
  l2: ['l2beat/scaling-summary', 'l2beat/api', 'defillama/chain-tvl-monthly-l2', 'defillama/chain-tvl-daily'],
  'btc-staking': ['btc-staking/monthly'],
  chain: TVL_SOURCES,
};

/**
 * How concentrated a market is (MODELS §3): a category's protocols, the Ethereum L2s, Bitcoin staking
 * (face value and de-duplicated), or the protocols on one chain; each with its basis, source and day.
 */
export async function concentration(
  app: App,
  parameters: ConcentrationParameters,
): Promise<ConcentrationResult> {
  const p = parseParameters(ConcentrationParameters, parameters, 'concentration');
  const market = marketsOf(p)[0] as Market;
  const asOf = p.asOf ?? null;
  await checkAsOf(app, asOf, MARKET_SOURCES[market.kind]);
  const markets = await marketConcentration(await app.tvl(asOf), market, asOf);
  const days = markets
    .map((m) => m.asOf)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return {
    schema: 'faultline.concentration/v1',
    asOf: (days.at(-1) as ConcentrationResult['asOf'] | undefined) ?? asOf,
    ...(await provenance(app, MARKET_SOURCES[market.kind], asOf)),
    coverage: null,
    markets: markets.map((m) => ({ ...m, participants: [...m.participants] })),
  };
}
