import { z } from 'zod';
import { roundCents } from '../analytics/tvlRules.ts';
import { tvlSeries as composeSeries, type TvlRequest } from '../analytics/tvlSeries.ts';
import { subjectsOf, type TvlSubject } from '../analytics/tvlSubject.ts';
import { parseToggles } from '../analytics/tvlToggles.ts';
import { ValidationError } from '../core/errors.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DaySchema, Denomination, Flag, parseParameters } from './parameters.ts';
import { CHAIN_TOTAL_SOURCES, checkAsOf, PRICE_SOURCES, provenance, TVL_SOURCES } from './provenance.ts';
import { Headline, tvlHeadline } from './tvlHeadline.ts';

/** What a TVL question names: exactly one subject, the toggles, the unit and the days. */
export const TvlParameters = z
  .strictObject({
    chain: z.string().min(1).max(200).optional().describe('a chain, any spelling (zksync era, op, rsk)'),
    protocol: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('a protocol by slug or name; a parent sums its products'),
    category: z.string().min(1).max(200).optional().describe('a DefiLlama category (Lending, Dexs, ...)'),
    layer: z
      .string()
      .min(1)
      .max(50)
      .optional()
      .describe('every chain of a layer: L1, L2, L3, sidechain, btc-layer'),
    sections: z
      .string()
      .max(200)
      .optional()
      .describe('extra sections to add: borrowed,staking,pool2,vesting,offers,treasury'),
    include: z.string().max(200).optional().describe('toggles: doublecounted,liquidstaking,bridge'),
    denominate: Denomination,
    from: DaySchema.optional().describe('first UTC day shown'),
    to: DaySchema.optional().describe('last UTC day seen (later data is ignored)'),
    includeFlagged: Flag.describe('count points the quality rules kept out'),
  })
  .refine((p) => subjectsOf(p).length === 1, {
    message: 'give exactly one of chain, protocol, category, layer',
  });
export type TvlParameters = z.input<typeof TvlParameters>;

const Toggles = z.strictObject({
  sections: z.array(z.string()),
  doublecounted: z.boolean(),
  liquidstaking: z.boolean(),
  bridge: z.boolean(),
});
const Pair = z.tuple([DaySchema, z.number().nullable()]);

/** `faultline.tvl/v1`: a daily series under DefiLlama's rules, its headline figure and what it leaves out. */
export const TvlResult = documentSchema('faultline.tvl/v1', {
  subject: z.string(),
  rule: z.string().describe('the rule the figure follows, in words'),
  unit: z.enum(['usd', 'eth', 'btc']),
  toggles: Toggles,
  headline: Headline.nullable(),
  points: z.array(Pair).describe('[[day, value in unit], ...]; null: no price that day'),
  usd: z.array(Pair).optional().describe('the USD series, when another unit was asked'),
  published: z.array(Pair).optional().describe("DefiLlama's published chain total, where the data has one"),
  parts: z
    .strictObject({
      columns: z.array(z.string()),
      rows: z.array(z.array(z.union([DaySchema, z.number()]))),
    })
    .describe(
      'each day in USD: core tvl, the parts the rule subtracts or adds back, each extra section, and the excluded',
    ),
  notes: z.array(z.string()),
});
export type TvlResult = z.infer<typeof TvlResult>;

/** The request the TVL rules take, from parsed parameters (shared with `tvlExplain`). */
export function tvlRequest(p: z.output<typeof TvlParameters>): TvlRequest {
  return {
    subject: subjectsOf(p)[0] as TvlSubject,
    toggles: parseToggles(p.sections, p.include, { sections: 'sections', include: 'include' }),
    denominate: p.denominate,
    from: p.from ?? null,
    to: p.to ?? null,
    includeFlagged: p.includeFlagged,
  };
}

/**
 * A daily TVL series under DefiLlama's exact rules (MODELS §1), with the headline a user quotes: a
 * chain's DefiLlama published total where one exists (the stored protocols as the explained part,
 * `coverage`), a protocol's newest figure from its history or the protocol list, whichever is newer.
 * @example await tvlSeries(app, { chain: 'ethereum', from: '2025-01-01' })
 */
export async function tvlSeries(app: App, parameters: TvlParameters): Promise<TvlResult> {
  const p = parseParameters(TvlParameters, parameters, 'tvl');
  const request = tvlRequest(p);
  await checkAsOf(app, request.to, TVL_SOURCES, 'to');
  const series = await composeSeries(await app.tvl(), request);
  if (series.points.length === 0)
    throw new ValidationError(
      `no data for ${series.subject.label} between ${request.from ?? 'the first day'} and ${request.to ?? 'the last day'}`,
      { field: 'from' },
    );
  const last = series.points.at(-1);
  const headline = await tvlHeadline(app, series);
  const unit = request.denominate;
  return {
    schema: 'faultline.tvl/v1',
    // The day the headline is about when it is newer than the stored series (a published chain total).
    asOf: headline && last && headline.headline.day > last.day ? headline.headline.day : (last?.day ?? null),
    ...(await provenance(
      app,
      [
        ...TVL_SOURCES,
        ...(request.subject.kind === 'chain' ? CHAIN_TOTAL_SOURCES : []),
        ...(unit === 'usd' ? [] : PRICE_SOURCES),
      ],
      request.to,
    )),
    coverage: headline?.coverage ?? null,
    subject: series.subject.label,
    rule: series.rule,
    unit,
    toggles: { ...series.request.toggles, sections: [...series.request.toggles.sections] },
    headline: headline?.headline ?? null,
    points: series.points.map((pt) => [pt.day, pt.value]),
    ...(unit === 'usd' ? {} : { usd: series.points.map((pt): [typeof pt.day, number] => [pt.day, pt.usd]) }),
    ...(series.published.length > 0
      ? { published: series.published.map((pt): [typeof pt.day, number] => [pt.day, pt.value]) }
      : {}),
    parts: {
      columns: [
        'day',
        'tvl',
        'doublecounted',
        'liquidstaking',
        'overlap',
        ...request.toggles.sections,
        'excluded',
      ],
      rows: series.points.map((pt) => [
        pt.day,
        roundCents(pt.parts.tvl),
        roundCents(pt.parts.doublecounted),
        roundCents(pt.parts.liquidstaking),
        roundCents(pt.parts.overlap),
        ...request.toggles.sections.map((s) => roundCents(pt.parts.sections[s] ?? 0)),
        roundCents(pt.parts.excluded),
      ]),
    },
    notes: series.notes,
  };
}
