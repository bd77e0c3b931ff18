import { z } from 'zod';
import type { L2ShareMonth } from '../analytics/l2Share.ts';
import { bitcoinLayers, ethereumLayers } from '../analytics/layers.ts';
import { type Day, lastDayOfMonth } from '../core/day.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DaySchema, parseParameters } from './parameters.ts';
import { CHAIN_TOTAL_SOURCES, checkAsOf, provenance } from './provenance.ts';

export const LayersParameters = z.strictObject({
  parent: z.enum(['Ethereum', 'Bitcoin']).default('Ethereum').describe('the settlement chain'),
  from: DaySchema.optional().describe('first month shown (a day in it)'),
  to: DaySchema.optional().describe('use only data up to this UTC day'),
});
export type LayersParameters = z.input<typeof LayersParameters>;

const Month = z.string().describe('YYYY-MM');

/** Ethereum L1 vs its L2s at one month end (USD); `partial`: fewer L2s are known than in the broadest source. */
export const L2ShareMonthSchema = z.strictObject({
  month: Month,
  ethereumUsd: z.number().nullable(),
  l2Usd: z.number(),
  l2s: z.array(z.string()),
  byChain: z.record(z.string(), z.number()),
  share: z.number().nullable().describe('Σ L2 / (Ethereum + Σ L2); a lower bound when partial'),
  partial: z.boolean(),
});

const ShareAt = z.strictObject({ month: Month, share: z.number(), l2s: z.number().int() });

/**
 * The L2 share as a reader should quote it: the last month with every L2 known (exact), and the last
 * month at all when only some L2s are known there (a lower bound, never a move).
 */
export const L2ShareSummary = z.strictObject({
  exact: ShareAt.nullable(),
  lowerBound: ShareAt.nullable(),
  note: z.string(),
});
export type L2ShareSummary = z.infer<typeof L2ShareSummary>;

const EthereumLayers = documentSchema('faultline.layers/v1', {
  parent: z.literal('Ethereum'),
  share: L2ShareSummary,
  months: z.array(L2ShareMonthSchema),
});

const BitcoinLayers = documentSchema('faultline.layers/v1', {
  parent: z.literal('Bitcoin'),
  months: z.array(
    z.strictObject({
      month: Month,
      byProduct: z.record(z.string(), z.number()),
      stakedBtc: z.number(),
      circulatingBtc: z.number(),
      penetration: z.number().describe('BTC staked / circulating BTC'),
    }),
  ),
  layers: z
    .strictObject({
      asOf: DaySchema,
      layers: z.number().int(),
      btcLocked: z.number(),
      circulatingBtc: z.number(),
      penetration: z.number(),
      largest: z.array(z.strictObject({ name: z.string(), btc: z.number() })),
    })
    .nullable(),
});

/** `faultline.layers/v1`: value by layer with the L2 share, or Bitcoin-side value in BTC and its penetration. */
export const LayersResult = z.discriminatedUnion('parent', [EthereumLayers, BitcoinLayers]);
export type LayersResult = z.infer<typeof LayersResult>;

/** The L2 share a reader should quote, from the months (see `L2ShareSummary`). */
export function l2ShareSummary(months: readonly L2ShareMonth[]): L2ShareSummary {
  const known = months.filter((m) => m.share !== null && m.l2s.length > 0);
  const full = known.filter((m) => !m.partial).at(-1);
  const last = known.at(-1);
  const at = (m: L2ShareMonth) => ({ month: m.month, share: m.share as number, l2s: m.l2s.length });
  const bound = last?.partial ? at(last) : null;
  const pctText = (x: number) => `${(100 * x).toFixed(1)}%`;
  return {
    exact: full ? at(full) : null,
    lowerBound: bound,
    note: [
      full
        ? `${pctText(full.share as number)} at ${full.month} with all ${full.l2s.length} tracked L2s known`
        : 'no month with every L2 known',
      bound
        ? `at least ${pctText(bound.share)} at ${bound.month}, where only ${bound.l2s} L2s are known (a lower bound, not a move)`
        : '',
    ]
      .filter(Boolean)
      .join('; '),
  };
}

/**
 * Ethereum L1 and each L2 by month with the L2 share (MODELS §2), months with fewer L2s known marked
 * partial (a lower bound); or Bitcoin-side value in BTC (staking, each BTC once) and its share of all BTC.
 */
export async function layers(app: App, parameters: LayersParameters): Promise<LayersResult> {
  const p = parseParameters(LayersParameters, parameters, 'layers');
  const to = p.to ?? null;
  const ctx = await app.tvl(to);
  if (p.parent === 'Bitcoin') {
    const sources = ['btc-staking/monthly', 'bitcoinlayers/layers'];
    await checkAsOf(app, to, sources, 'to');
    const { months, layers: snapshot } = await bitcoinLayers(ctx, p.from ?? null, to);
    return {
      schema: 'faultline.layers/v1',
      asOf: snapshot?.asOf ?? null,
      ...(await provenance(app, sources, to)),
      coverage: null,
      parent: 'Bitcoin',
      months,
      layers: snapshot,
    };
  }
  await checkAsOf(app, to, CHAIN_TOTAL_SOURCES, 'to');
  const months = await ethereumLayers(ctx, p.from ?? null, to);
  const last = months.at(-1);
  const meta = await provenance(app, CHAIN_TOTAL_SOURCES, to);
  const newest = Object.values(meta.dataThrough).reduce<Day | null>(
    (d, x) => (x !== null && (d === null || x > d) ? x : d),
    null,
  );
  const monthEnd = last ? lastDayOfMonth(last.month) : null;
  return {
    schema: 'faultline.layers/v1',
    asOf: monthEnd !== null && newest !== null && newest < monthEnd ? newest : monthEnd,
    ...meta,
    coverage: null,
    parent: 'Ethereum',
    share: l2ShareSummary(months),
    months: months.map((m) => ({ ...m, l2s: [...m.l2s] })),
  };
}
