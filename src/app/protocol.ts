import { z } from 'zod';
import { drawdowns as drawdownRows } from '../analytics/drawdowns.ts';
import { newestFigure } from '../analytics/newestFigure.ts';
import { qualityFlags } from '../analytics/qualityFlags.ts';
import { explainTvl } from '../analytics/tvlExplain.ts';
import { tvlSeries as composeSeries } from '../analytics/tvlSeries.ts';
import { parseToggles } from '../analytics/tvlToggles.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DrawdownRow } from './drawdowns.ts';
import { DaySchema, parseParameters } from './parameters.ts';
import { ListedProtocol, listed } from './protocols.ts';
import { provenance, TVL_SOURCES } from './provenance.ts';
import { resolveProtocol } from './resolveProtocol.ts';

export const ProtocolParameters = z.strictObject({
  id: z.string().min(1).max(200).describe('a protocol by slug or name'),
});
export type ProtocolParameters = z.input<typeof ProtocolParameters>;

/** A data-quality flag on one of the protocol's series or units. */
export const ProtocolFlag = z.strictObject({
  dataset: z.string(),
  unit: z.string(),
  subject: z.string(),
  day: DaySchema.nullable(),
  kind: z.string(),
  excluded: z.boolean().describe('true: the point is kept out of totals'),
  usd: z.number().nullable(),
  message: z.string(),
});

/** `faultline.protocol/v1`: one protocol: identity, newest figure with its day, value by chain, drawdown, flags. */
export const ProtocolResult = documentSchema('faultline.protocol/v1', {
  ...ListedProtocol.shape,
  latest: z
    .strictObject({ usd: z.number(), day: DaySchema, from: z.enum(['history', 'snapshot']) })
    .nullable()
    .describe('the newest of its daily history and the protocol list, with its day'),
  latestDay: DaySchema.nullable().describe("the daily history's last day (value by chain is of this day)"),
  chains: z.array(z.strictObject({ chain: z.string(), usd: z.number() })),
  drawdown: DrawdownRow.nullable(),
  flags: z.array(ProtocolFlag),
});
export type ProtocolResult = z.infer<typeof ProtocolResult>;

/**
 * One protocol in full: who it is, its newest TVL (history or protocol list, whichever is newer, with
 * the day), its value by chain on the history's last day, its drawdown (the same row `drawdown` ranks)
 * and its data-quality flags.
 */
export async function protocol(app: App, parameters: ProtocolParameters): Promise<ProtocolResult> {
  const p = parseParameters(ProtocolParameters, parameters, 'protocol');
  const ctx = await app.tvl();
  const identity = resolveProtocol(ctx, p.id);
  const request = {
    subject: { kind: 'protocol' as const, protocol: identity.id },
    toggles: parseToggles(undefined, undefined),
    denominate: 'usd' as const,
    from: null,
    to: null,
    includeFlagged: false,
  };
  const last = (await composeSeries(ctx, request)).points.at(-1);
  const byChain = new Map<string, number>();
  if (last)
    for (const line of (await explainTvl(ctx, request, last.day)).lines)
      if (line.section === 'tvl' && line.role !== 'rejected')
        byChain.set(line.chain, (byChain.get(line.chain) ?? 0) + line.usd);
  const [rows, flags] = await Promise.all([
    app.cached('drawdowns:all', async () => drawdownRows(ctx, { unit: 'usd', minPeakUsd: 0, asOf: null })),
    qualityFlags(ctx.store, { protocol: identity.id }),
  ]);
  const latest = newestFigure(identity, last ? { day: last.day, usd: last.usd } : null, ctx.snapshot);
  return {
    schema: 'faultline.protocol/v1',
    asOf: latest?.day ?? null,
    ...(await provenance(app, TVL_SOURCES, null)),
    coverage: null,
    ...listed(identity),
    latest,
    latestDay: last?.day ?? null,
    chains: [...byChain].map(([chain, usd]) => ({ chain, usd })).sort((a, b) => b.usd - a.usd),
    drawdown: rows.find((r) => r.id === identity.id) ?? null,
    flags,
  };
}
