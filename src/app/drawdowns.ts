import { z } from 'zod';
import { drawdowns as drawdownRows } from '../analytics/drawdowns.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { PageFields, PageParameters, page } from './page.ts';
import { DaySchema, Denomination, NumberParam, parseParameters } from './parameters.ts';
import { checkAsOf, PRICE_SOURCES, provenance, TVL_SOURCES } from './provenance.ts';

export const DrawdownsParameters = z.strictObject({
  minPeak: NumberParam.pipe(z.number().min(0))
    .default(10_000_000)
    .describe('leave out peaks below this (USD)'),
  asOf: DaySchema.optional().describe('use only data up to this UTC day'),
  denominate: Denomination,
  keep: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('protocols kept in the page whatever their rank (comma-separated ids), e.g. zerolend'),
  ...PageParameters,
});
export type DrawdownsParameters = z.input<typeof DrawdownsParameters>;

/** Peak to latest in one unit (MODELS §3). */
export const DrawdownView = z.strictObject({
  peak: z.number(),
  peakDay: DaySchema,
  latest: z.number(),
  latestDay: DaySchema,
  drawdown: z.number().describe('1 − latest/peak, a fraction'),
  daysSincePeak: z.number().int(),
});

const FlowSplit = z.strictObject({
  from: DaySchema,
  to: DaySchema,
  startUsd: z.number(),
  endUsd: z.number(),
  deltaUsd: z.number(),
  inflowsUsd: z.number(),
  priceEffectUsd: z.number(),
  unpricedTokens: z.array(z.string()),
  implausibleDays: z.array(DaySchema),
});

/** One protocol's fall from peak, in USD, in the unit asked and in its native unit. */
export const DrawdownRow = z.strictObject({
  key: z.string(),
  id: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  usd: DrawdownView,
  latestFrom: z
    .enum(['history', 'snapshot'])
    .describe('where the latest figure comes from: the daily history or the newer protocol list'),
  view: DrawdownView.nullable(),
  nativeUnit: z.enum(['eth', 'btc']),
  native: DrawdownView.nullable(),
  moved: z.enum(['price', 'outflow', 'both', 'none', 'unknown']),
  flows: FlowSplit.nullable(),
  flowCoverage: z.number().nullable(),
});
export type DrawdownRow = z.infer<typeof DrawdownRow>;

/** `faultline.drawdown/v1`: protocols ranked by their fall from peak. */
export const DrawdownsResult = documentSchema('faultline.drawdown/v1', {
  unit: z.enum(['usd', 'eth', 'btc']),
  minPeakUsd: z.number(),
  ...PageFields,
  rows: z.array(DrawdownRow),
});
export type DrawdownsResult = z.infer<typeof DrawdownsResult>;

function keptIds(keep: string | string[] | undefined): Set<string> {
  const list = typeof keep === 'string' ? keep.split(',') : (keep ?? []);
  return new Set(list.map((k) => k.trim().toLowerCase()).filter(Boolean));
}

/**
 * Protocols by their fall from peak (MODELS §3), in USD and ETH/BTC, each with where its latest figure
 * comes from and, where token amounts are stored, the fall split into outflows and price.
 */
export async function drawdowns(app: App, parameters: DrawdownsParameters): Promise<DrawdownsResult> {
  const p = parseParameters(DrawdownsParameters, parameters, 'drawdown');
  const asOf = p.asOf ?? null;
  await checkAsOf(app, asOf, TVL_SOURCES);
  const rows = await app.cached(`drawdowns:${asOf}:${p.denominate}:${p.minPeak}`, async () =>
    drawdownRows(await app.tvl(asOf), { unit: p.denominate, minPeakUsd: p.minPeak, asOf }),
  );
  const latest = rows.reduce<string | null>(
    (d, r) => (d === null || r.usd.latestDay > d ? r.usd.latestDay : d),
    null,
  );
  return {
    schema: 'faultline.drawdown/v1',
    asOf: (latest as DrawdownsResult['asOf']) ?? asOf,
    ...(await provenance(app, [...TVL_SOURCES, ...PRICE_SOURCES], asOf)),
    coverage: null,
    unit: p.denominate,
    minPeakUsd: p.minPeak,
    ...page(rows, p, keptIds(p.keep)),
  };
}
