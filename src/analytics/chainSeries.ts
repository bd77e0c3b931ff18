import type { Day } from '../core/day.ts';
import { chainInfo, normaliseChain } from '../model/normaliseChain.ts';
import type { DailyPoint } from '../model/tvl.ts';
import { DEFAULT_TOGGLES } from '../model/tvlMethodology.ts';
import type { TvlContext } from './tvlContext.ts';
import { tvlSeries } from './tvlSeries.ts';

/** A chain's daily TVL in USD and where it came from. */
export type ChainSeries = { chain: string; label: string; source: string; points: DailyPoint[] };

/**
 * The chain figure analysts quote: DefiLlama's own published daily total where the data has it (it
 * covers every protocol), else Faultline's sum of the stored protocols under the default rule.
 * Only days up to `asOf` are used.
 */
export async function chainSeries(ctx: TvlContext, chain: string, asOf: Day | null): Promise<ChainSeries> {
  const id = normaliseChain(chain);
  const published = (await ctx.store.chainDailyTvl(id)).filter((p) => asOf === null || p.day <= asOf);
  if (published.length > 0) {
    return {
      chain: id,
      label: chainInfo(id).name,
      source: `DefiLlama published chain total (${published[0]?.dataset})`,
      points: published.map((p) => ({ day: p.day, value: p.value })),
    };
  }
  const series = await tvlSeries(ctx, {
    subject: { kind: 'chain', chain },
    toggles: DEFAULT_TOGGLES,
    denominate: 'usd',
    from: null,
    to: asOf,
  });
  return {
    chain: id,
    label: series.subject.label,
    source: 'sum of stored protocols, DefiLlama default rule',
    points: series.points.map((p) => ({ day: p.day, value: p.usd })),
  };
}
