import { z } from 'zod';
import { newestFigure } from '../analytics/newestFigure.ts';
import { explainTvl } from '../analytics/tvlExplain.ts';
import type { TvlSeries } from '../analytics/tvlSeries.ts';
import type { App } from './createApp.ts';
import type { Coverage } from './document.ts';
import { DaySchema } from './parameters.ts';

/**
 * The figure a user quotes for a subject, with its day and what it is: DefiLlama's published chain
 * total, a sum of the stored protocols (said so, with their count), or a protocol's newest figure from
 * its daily history or the protocol-list snapshot.
 */
export const Headline = z.strictObject({
  usd: z.number().describe('USD'),
  day: DaySchema,
  basis: z.enum(['published', 'stored-sum', 'history', 'snapshot']),
  note: z.string(),
});
export type Headline = z.infer<typeof Headline>;

/** The headline of a series, and the coverage of the published figure where one exists. */
export async function tvlHeadline(
  app: App,
  series: TvlSeries,
): Promise<{ headline: Headline; coverage: Coverage | null } | null> {
  const last = series.points.at(-1);
  if (!last) return null;
  const kind = series.request.subject.kind;
  if (kind === 'protocol') {
    const ctx = await app.tvl();
    const identity = ctx.index.resolve((series.request.subject as { protocol: string }).protocol);
    const newest = newestFigure(identity, { day: last.day, usd: last.usd }, ctx.snapshot);
    if (!newest) return null;
    return {
      headline: {
        usd: newest.usd,
        day: newest.day,
        basis: newest.from,
        note:
          newest.from === 'snapshot'
            ? `the protocol list of ${newest.day} (newer than the daily history, which ends ${last.day})`
            : `the daily history's last day`,
      },
      coverage: null,
    };
  }
  const counted = await storedProtocols(app, series, last.day);
  const published = series.published.at(-1);
  if (kind === 'chain' && published && series.request.toggles.sections.length === 0) {
    const both = [...series.points].reverse().find((pt) => series.published.some((q) => q.day === pt.day));
    const onDay = both ? series.published.find((q) => q.day === both.day) : undefined;
    const coverage: Coverage | null =
      both && onDay
        ? {
            day: both.day,
            publishedUsd: onDay.value,
            explainedUsd: both.usd,
            share: onDay.value > 0 ? both.usd / onDay.value : null,
            note: `the ${counted} stored protocols explain ${onDay.value > 0 ? ((100 * both.usd) / onDay.value).toFixed(1) : 'an unknown share'}% of DefiLlama's published total on ${both.day}`,
          }
        : null;
    return {
      headline: {
        usd: published.value,
        day: published.day,
        basis: 'published',
        note: `DefiLlama's published chain total (${published.dataset})`,
      },
      coverage,
    };
  }
  return {
    headline: {
      usd: last.usd,
      day: last.day,
      basis: 'stored-sum',
      note: `a sum of ${counted} stored protocols: no published total exists for this subject here`,
    },
    coverage: null,
  };
}

/** How many stored protocols have a counted point behind the series on `day`. */
async function storedProtocols(
  app: App,
  series: TvlSeries,
  day: TvlSeries['points'][number]['day'],
): Promise<number> {
  const explanation = await explainTvl(await app.tvl(), series.request, day);
  return new Set(explanation.lines.filter((l) => l.role === 'counted').map((l) => l.protocol)).size;
}
