import { type Day, parseDay } from '../core/day.ts';
import { ValidationError } from '../core/errors.ts';
import type { ChainId } from '../model/chain.ts';
import type { Section } from '../model/normaliseChain.ts';
import { type Denomination, denominator, priceAsset } from './denominate.ts';
import type { TvlContext } from './tvlContext.ts';
import { type CellRole, cellRole, composeDay, type TvlCell, type TvlParts } from './tvlRules.ts';
import type { TvlRequest } from './tvlSeries.ts';
import { ruleText } from './tvlSeries.ts';
import { resolveSubject } from './tvlSubject.ts';

/** What happened to one stored point in a day's figure. */
export type ExplainRole = CellRole | 'rejected';

/** One stored point behind a day's figure. */
export type ExplainLine = {
  protocol: string;
  name: string;
  category: string | null;
  chain: ChainId;
  section: Section;
  usd: number;
  /** The day the point was recorded; differs from the day asked when it fills a gap or is carried. */
  pointDay: Day;
  role: ExplainRole;
  /** Why, in words (the category, the flag, the gap). */
  why: string;
};

export type TvlExplanation = {
  day: Day;
  label: string;
  rule: string;
  usd: number;
  value: number | null;
  unit: Denomination;
  parts: TvlParts;
  lines: ExplainLine[];
  /** DefiLlama's published chain total that day, and how much of it no stored protocol explains. */
  published: { usd: number; dataset: string; unexplainedUsd: number } | null;
  /** Keys with history left out because their parent's history already holds them. */
  inParent: string[];
};

/**
 * Breaks one day's figure into the stored points it is made of: every protocol, chain and section,
 * the day each point was recorded, and what the rules did with it. The parts add up to the figure
 * `tvlSeries` gives for that day.
 */
export async function explainTvl(
  ctx: TvlContext,
  request: TvlRequest,
  dayText: string,
): Promise<TvlExplanation> {
  const day = parseDay(dayText);
  if (!day) throw new ValidationError(`not a day: "${dayText}" (expected YYYY-MM-DD)`, { field: 'explain' });
  const subject = resolveSubject(ctx, request.subject, request.to, request.includeFlagged === true);
  const points = await ctx.store.tvlPointsOn(subject.query, day);
  if (points.length === 0) {
    throw new ValidationError(`no TVL points stand for ${subject.label} on ${day}`, { field: 'explain' });
  }
  const { toggles } = request;
  const cells: TvlCell[] = [];
  const lines: ExplainLine[] = points.map((p) => {
    const entry = ctx.universe.entries.get(p.protocol);
    const cls = subject.query.classes.get(p.protocol) ?? 0;
    const gap =
      p.pointDay === day
        ? ''
        : p.pointDay > day
          ? `gap filled from ${p.pointDay}`
          : `carried from ${p.pointDay}`;
    const base = {
      protocol: p.protocol,
      name: entry?.identity.name ?? p.protocol,
      category: entry?.category ?? null,
      chain: p.chain,
      section: p.section,
      usd: p.usd,
      pointDay: p.pointDay,
    };
    if (p.flag) return { ...base, role: 'rejected', why: `DefiLlama sanity rule: ${p.flag}` };
    cells.push({ section: p.section, cls, usd: p.usd });
    const role = cellRole(p.section, cls, toggles);
    const why = WHY[role](p.section, entry?.category ?? null, entry?.doublecountedBy ?? null);
    return { ...base, role, why: [why, gap].filter((w) => w !== '').join('; ') };
  });
  const { usd, parts } = composeDay(cells, toggles);
  const closes =
    request.denominate === 'usd' ? [] : await ctx.store.dailyPrices(priceAsset(request.denominate));
  const published =
    request.subject.kind === 'chain' && subject.chains?.length === 1
      ? (await ctx.store.chainDailyTvl(subject.chains[0] as ChainId)).find((p) => p.day === day)
      : undefined;
  return {
    day,
    label: subject.label,
    rule: ruleText(subject, toggles),
    usd,
    value: denominator(request.denominate, closes).convert(day, usd),
    unit: request.denominate,
    parts,
    lines,
    published: published
      ? { usd: published.value, dataset: published.dataset, unexplainedUsd: published.value - usd }
      : null,
    inParent: subject.chainRules
      ? [...ctx.universe.entries.values()]
          .filter((e) => e.coveredBy !== null)
          .map((e) => `${e.key} (inside ${e.coveredBy})`)
      : [],
  };
}

/** Each role in words, with the flag that changes it. */
const WHY: Record<
  CellRole,
  (section: Section, category: string | null, doublecountedBy: string | null) => string
> = {
  counted: (section) => (section === 'tvl' ? '' : `section ${section} enabled`),
  'excluded category': (_, category) => `category ${category}`,
  'section not enabled': (section) => `add with --sections ${section}`,
  'subtracted: double counted': (_, category, by) =>
    `${by ?? `category ${category}`}; add with --include doublecounted`,
  'subtracted: liquid staking': () => 'add with --include liquidstaking',
};
