import type { Day } from '../core/day.ts';
import { ValidationError } from '../core/errors.ts';
import type { ChainId } from '../model/chain.ts';
import type { DailyPoint } from '../model/tvl.ts';
import type { TvlToggles } from '../model/tvlMethodology.ts';
import { type Denomination, denominator, priceAsset } from './denominate.ts';
import type { TvlContext } from './tvlContext.ts';
import { daysFromSteps } from './tvlDays.ts';
import { composeDay, type TvlParts } from './tvlRules.ts';
import { chainCandidates, type ResolvedSubject, resolveSubject, type TvlSubject } from './tvlSubject.ts';

export type TvlRequest = {
  subject: TvlSubject;
  toggles: TvlToggles;
  denominate: Denomination;
  from: Day | null;
  to: Day | null;
  /** Count points the quality rules flagged (`--include-flagged`); default they are kept out. */
  includeFlagged?: boolean;
};

/** One day of a TVL series: USD, the value in the asked unit (null when unpriced), and its parts. */
export type TvlSeriesPoint = { day: Day; usd: number; value: number | null; parts: TvlParts };

export type TvlSeries = {
  subject: ResolvedSubject;
  request: TvlRequest;
  /** The rule the figure follows, in words. */
  rule: string;
  points: TvlSeriesPoint[];
  /** DefiLlama's own published total of the chain (all protocols), where the data has one. */
  published: (DailyPoint & { dataset: string })[];
  /** What the figure leaves out or could not price. */
  notes: string[];
};

/** The figure's rule in words, for the output header and `--explain`. */
export function ruleText(subject: ResolvedSubject, toggles: TvlToggles): string {
  const sections = toggles.sections.length > 0 ? ` + ${toggles.sections.join(' + ')}` : '';
  if (!subject.chainRules) return `tvl${sections} of the protocol's own history (all chains)`;
  const minus = [
    toggles.doublecounted ? null : 'doublecounted',
    toggles.liquidstaking ? null : 'liquidstaking',
  ].filter((x) => x !== null);
  const overlap = minus.length === 2 ? ' + dcAndLsOverlap' : '';
  const bridges = toggles.bridge ? '' : ', Bridge, Canonical Bridge';
  return `tvl${minus.map((m) => ` − ${m}`).join('')}${overlap}${sections}; excluded categories: Chain, CEX, Infrastructure, Staking Pool, RWA, Basis Trading, CeDeFi${bridges}`;
}

/**
 * A daily TVL series under DefiLlama's rules (MODELS §1): the store sums the points, this composes each
 * day from its parts under the toggles, converts to the asked unit, and cuts to `from`..`to`.
 */
export async function tvlSeries(ctx: TvlContext, request: TvlRequest): Promise<TvlSeries> {
  const subject = resolveSubject(ctx, request.subject, request.to, request.includeFlagged === true);
  const { horizon, steps } = await ctx.store.tvlSteps(subject.query);
  const days = daysFromSteps(steps, horizon);
  if (days.days.size === 0) {
    const hint =
      request.subject.kind === 'chain' ? chainCandidates(request.subject.chain).join(', ') : undefined;
    throw new ValidationError(
      `no TVL history for ${subject.label}${request.to ? ` up to ${request.to}` : ''}${hint ? `; known chains like it: ${hint}` : ''}`,
      { field: request.subject.kind },
    );
  }
  const closes =
    request.denominate === 'usd' ? [] : await ctx.store.dailyPrices(priceAsset(request.denominate));
  const unit = denominator(request.denominate, closes);
  const points: TvlSeriesPoint[] = [];
  for (const [day, cells] of days.days) {
    if ((request.from !== null && day < request.from) || (request.to !== null && day > request.to)) continue;
    const { usd, parts } = composeDay(cells, request.toggles);
    points.push({ day, usd, value: unit.convert(day, usd), parts });
  }
  const published =
    subject.chains?.length === 1 && request.subject.kind === 'chain'
      ? (await ctx.store.chainDailyTvl(subject.chains[0] as ChainId)).filter(
          (p) =>
            (request.from === null || p.day >= request.from) && (request.to === null || p.day <= request.to),
        )
      : [];
  return {
    subject,
    request,
    rule: `${ruleText(subject, request.toggles)}${request.includeFlagged ? '; flagged points included' : ''}`,
    points,
    published,
    notes: await notesFor(ctx, subject, request, points),
  };
}

async function notesFor(
  ctx: TvlContext,
  subject: ResolvedSubject,
  request: TvlRequest,
  points: TvlSeriesPoint[],
): Promise<string[]> {
  const notes: string[] = [];
  const unpriced = points.filter((p) => p.value === null);
  if (unpriced.length > 0) {
    notes.push(
      `${unpriced.length} days have no ${request.denominate.toUpperCase()} price (${unpriced[0]?.day} … ${unpriced.at(-1)?.day}): left blank, not zero`,
    );
  }
  for (const section of request.toggles.sections) {
    if (points.every((p) => (p.parts.sections[section] ?? 0) === 0)) {
      notes.push(
        `section ${section}: no stored points for this subject (the daily history was built without it)`,
      );
    }
  }
  if (request.subject.kind === 'protocol' || request.subject.kind === 'category') {
    const keys = new Set(subject.query.protocols ?? []);
    for (const f of await ctx.store.qualityFlags()) {
      if (f.subject.split(', ').some((k) => keys.has(k)))
        notes.push(`${f.kind}: ${f.message} [${f.subject}]`);
    }
  }
  return notes;
}
