import { z } from 'zod';
import { explainTvl } from '../analytics/tvlExplain.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DaySchema, parseParameters } from './parameters.ts';
import { CHAIN_TOTAL_SOURCES, provenance, TVL_SOURCES } from './provenance.ts';
import { TvlParameters, tvlRequest } from './tvlSeries.ts';

/** A TVL question and the day to break down. */
export const TvlExplainParameters = TvlParameters.and(
  z.strictObject({
    explain: DaySchema.describe('the UTC day broken down into protocols, chains and sections'),
  }),
);
export type TvlExplainParameters = z.input<typeof TvlExplainParameters>;

const Parts = z.strictObject({
  tvl: z.number(),
  doublecounted: z.number(),
  liquidstaking: z.number(),
  overlap: z.number(),
  sections: z.record(z.string(), z.number()),
  excluded: z.number(),
});

/** `faultline.tvl-explain/v1`: every stored point behind one day's figure and what the rules did with it. */
export const TvlExplainResult = documentSchema('faultline.tvl-explain/v1', {
  day: DaySchema,
  label: z.string(),
  rule: z.string(),
  usd: z.number(),
  value: z.number().nullable(),
  unit: z.enum(['usd', 'eth', 'btc']),
  parts: Parts,
  lines: z.array(
    z.strictObject({
      protocol: z.string(),
      name: z.string(),
      category: z.string().nullable(),
      chain: z.string(),
      section: z.string(),
      usd: z.number(),
      pointDay: DaySchema.describe('the day the point was recorded (a gap filled or a value carried)'),
      role: z.string(),
      why: z.string(),
    }),
  ),
  published: z.strictObject({ usd: z.number(), dataset: z.string(), unexplainedUsd: z.number() }).nullable(),
  inParent: z.array(z.string()),
});
export type TvlExplainResult = z.infer<typeof TvlExplainResult>;

/**
 * One day's TVL figure broken down into the stored points it is made of; the parts add up to the figure
 * `tvlSeries` gives for that day. A chain's published total shows what no stored protocol explains.
 */
export async function tvlExplain(app: App, parameters: TvlExplainParameters): Promise<TvlExplainResult> {
  const p = parseParameters(TvlExplainParameters, parameters, 'tvl');
  const request = tvlRequest(p);
  const e = await explainTvl(await app.tvl(), request, p.explain);
  return {
    schema: 'faultline.tvl-explain/v1',
    asOf: e.day,
    ...(await provenance(
      app,
      [...TVL_SOURCES, ...(request.subject.kind === 'chain' ? CHAIN_TOTAL_SOURCES : [])],
      e.day,
    )),
    coverage: e.published
      ? {
          day: e.day,
          publishedUsd: e.published.usd,
          explainedUsd: e.usd,
          share: e.published.usd > 0 ? e.usd / e.published.usd : null,
          note: `stored protocols explain all but ${Math.round(e.published.unexplainedUsd).toLocaleString('en-US')} USD of DefiLlama's published total`,
        }
      : null,
    ...e,
    parts: { ...e.parts, sections: { ...e.parts.sections } as Record<string, number> },
  };
}
