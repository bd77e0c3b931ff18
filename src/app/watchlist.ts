import { z } from 'zod';
import { watchlist as belowThreshold } from '../analytics/watchlist.ts';
import { DEFAULT_WEIGHTS, DEFAULT_WEIGHTS_NAME, WATCH_THRESHOLD } from '../risk/sustainability/factors.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DaySchema, NumberParam, parseParameters } from './parameters.ts';
import { provenance } from './provenance.ts';
import { oracleReadSources, SCORE_SOURCES, ScoreFields, scoreDay } from './score.ts';

export const WatchlistParameters = z.strictObject({
  asOf: DaySchema.optional().describe(
    'use only data up to this UTC day (default: the end of the daily history)',
  ),
  threshold: NumberParam.pipe(z.number().min(0).max(100))
    .default(WATCH_THRESHOLD)
    .describe('watch threshold, 0–100'),
});
export type WatchlistParameters = z.input<typeof WatchlistParameters>;

/** `faultline.watchlist/v1`: every protocol scoring below the threshold on a day, worst first. */
export const WatchlistResult = documentSchema('faultline.watchlist/v1', {
  threshold: z.number(),
  weights: z.string().describe('the published weight set the scores use'),
  entries: z.array(
    z.strictObject({ id: z.string(), category: z.string().nullable(), asOf: DaySchema, ...ScoreFields }),
  ),
});
export type WatchlistResult = z.infer<typeof WatchlistResult>;

/** Every protocol scoring below the watch threshold on `asOf` (data known that day only), worst first, each with its reason. */
export async function watchlist(app: App, parameters: WatchlistParameters): Promise<WatchlistResult> {
  const p = parseParameters(WatchlistParameters, parameters, 'watchlist');
  const asOf = await scoreDay(app, p.asOf);
  const data = await app.sustainability();
  const entries = belowThreshold(data, asOf, DEFAULT_WEIGHTS, p.threshold);
  const meta = await provenance(app, SCORE_SOURCES, asOf);
  const reads = oracleReadSources(
    data,
    entries.map((e) => e.id),
    asOf,
  );
  return {
    schema: 'faultline.watchlist/v1',
    asOf,
    dataThrough: { ...meta.dataThrough, ...reads.dataThrough },
    sources: [...meta.sources, ...reads.sources],
    coverage: null,
    threshold: p.threshold,
    weights: DEFAULT_WEIGHTS_NAME,
    entries: entries.map((e) => ({
      ...e,
      asOf: e.asOf as typeof asOf,
      factors: [...e.factors],
      unknown: [...e.unknown],
    })),
  };
}
