import { z } from 'zod';
import { addDays, type Day } from '../../core/day.ts';
import { CLIFF_RULE, type CliffOutcome } from '../../model/cliffRule.ts';
import { MIN_CONTROL_POOLS, MIN_INCENTIVE_SHARE, measureCliff } from '../../risk/yield/measureCliff.ts';
import { projectCliff } from '../../risk/yield/projectCliff.ts';
import type { YieldPoolFilter } from '../../store/yieldStore.ts';
import { CliffEpisodeDocument, CliffResponseDocument, ProjectionDocument } from './cliffDocuments.ts';
import { subjectPools, type YieldDeps } from './subjectPools.ts';
import {
  DayInput,
  DayText,
  parseParameters,
  ResolvedSubjectDocument,
  SourceDocument,
  YieldSubject,
} from './yieldSchemas.ts';
import { yieldSources } from './yieldSources.ts';

/** `yieldCliff` parameters: whose TVL to project (none: the measurement only), the day, which episodes. */
export const YieldCliffParameters = z.object({
  subject: YieldSubject.nullable().default(null),
  asOf: DayInput.nullable().default(null),
  /** The response the projection uses: falls that lasted (rewards stopped) or every fall. */
  basis: z.enum(['sustained', 'all']).default('sustained'),
  /** Which episodes to list (newest first, up to `limit`): none, the subject's projects', or all. */
  episodes: z.enum(['none', 'subject', 'all']).default('subject'),
  limit: z.number().int().min(1).max(100_000).default(1000),
});
export type YieldCliffParameters = z.infer<typeof YieldCliffParameters>;

/** `faultline.yield-cliff/v1`: what TVL did when incentives fell, and what it would do if they stopped now. */
export const YieldCliffResult = z.object({
  schema: z.literal('faultline.yield-cliff/v1'),
  asOf: DayText.nullable(),
  subject: ResolvedSubjectDocument.nullable(),
  rule: z.object({
    fall: z.number(),
    windowDays: z.number(),
    minRewardApy: z.number(),
    maxApy: z.number(),
    minTvlUsd: z.number(),
    sustainDays: z.number(),
    horizons: z.array(z.number()),
    outcomeSlackDays: z.number(),
    minControlPools: z.number(),
    minIncentiveShare: z.number(),
    text: z.string(),
  }),
  dataThrough: z.record(z.string(), DayText),
  coverage: z.object({
    episodes: z.number().int(),
    sustained: z.number().int(),
    firstDay: DayText.nullable(),
    lastDay: DayText.nullable(),
  }),
  sources: z.array(SourceDocument),
  measured: z.object({ all: CliffResponseDocument, sustained: CliffResponseDocument }),
  projection: ProjectionDocument.nullable(),
  episodes: z.array(CliffEpisodeDocument),
  notes: z.array(z.string()),
});
export type YieldCliffResult = z.infer<typeof YieldCliffResult>;

const RULE_TEXT =
  'An episode: reward APY ≥ 1% on a pool with ≥ $10k TVL and total APY ≤ 1000% falls below half within 7 days; consecutive such days are one episode, dated by the last day before the fall. Sustained: the reward stays below half for the 30 days after that week. Controls: pools meeting the same thresholds on the same day whose reward stays at or above half for the whole horizon (matched on the day only, across protocols and chains: it takes out market-wide moves and keeps ≥ 5 controls on most days). Response: each episode’s TVL change after 30 and 90 days minus its controls’ median change; median, quartiles and 10th/90th percentiles over episodes. No sampling, no seed.';

/**
 * The incentive cliff, measured not assumed: every episode in the stored pool histories where reward APY
 * fell by more than half within 7 days, the TVL 30 and 90 days later against same-day pools whose rewards
 * held (difference, spread, number of episodes), for every fall and for falls that lasted; then the
 * subject's TVL if its rewards stopped on its latest day, with the range. Episodes whose outcome lies
 * after `asOf` are not counted (no look-ahead).
 * @example await yieldCliff({ store, index }, { subject: { kind: 'protocol', id: 'aerodrome' } })
 */
export async function yieldCliff(
  deps: YieldDeps,
  input: z.input<typeof YieldCliffParameters>,
): Promise<YieldCliffResult> {
  const params = parseParameters(YieldCliffParameters, input);
  const asOf = params.asOf;
  const known = <E extends CliffOutcome>(e: E): E =>
    asOf === null
      ? e
      : {
          ...e,
          change30: addDays(e.day, 30) <= asOf ? e.change30 : null,
          change90: addDays(e.day, 90) <= asOf ? e.change90 : null,
        };
  const measure = async () => {
    const outcomes = (await deps.store.cliffOutcomes())
      .filter((e) => asOf === null || e.day <= asOf)
      .map(known);
    return {
      all: measureCliff(outcomes, 'all'),
      sustained: measureCliff(outcomes, 'sustained'),
      coverage: {
        episodes: outcomes.length,
        sustained: outcomes.filter((e) => e.sustained).length,
        firstDay: outcomes.reduce<Day | null>((m, e) => (m === null || e.day < m ? e.day : m), null),
        lastDay: outcomes.reduce<Day | null>((m, e) => (m === null || e.day > m ? e.day : m), null),
      },
    };
  };
  const { all, sustained, coverage } = deps.cache
    ? await deps.cache.measured(`${await deps.store.cliffFactsVersion()}/${asOf}`, measure)
    : await measure();
  const found = params.subject ? await subjectPools(deps, params.subject, asOf) : null;
  const response = params.basis === 'all' ? all : sustained;
  const projection =
    found && found.day !== null
      ? { basis: params.basis, day: found.day, horizons: projectCliff(found.pools, response) }
      : null;
  const filter: YieldPoolFilter | null =
    params.episodes === 'none'
      ? null
      : params.episodes === 'all' || !found
        ? { kind: 'all' }
        : { kind: 'projects', projects: [...new Set(found.pools.map((p) => p.project))] };
  const listed = filter ? (await deps.store.cliffEpisodes(filter, asOf, params.limit)).map(known) : [];
  const multiDay = new Set(
    (await deps.store.yieldCoverage()).filter((c) => c.firstDay < c.lastDay).map((c) => c.dataset),
  );
  const { sources, dataThrough } = await yieldSources(deps.store, multiDay);
  const notes: string[] = [];
  if (found && found.day === null) notes.push(`no pool yields for ${found.subject.name}: nothing to project`);
  if (coverage.episodes === 0) notes.push('no reward-fall episode in the stored pool histories');
  return YieldCliffResult.parse({
    schema: 'faultline.yield-cliff/v1',
    asOf,
    subject: found?.subject ?? null,
    rule: {
      ...CLIFF_RULE,
      horizons: [...CLIFF_RULE.horizons],
      minControlPools: MIN_CONTROL_POOLS,
      minIncentiveShare: MIN_INCENTIVE_SHARE,
      text: RULE_TEXT,
    },
    dataThrough,
    coverage,
    sources,
    measured: { all, sustained },
    projection,
    episodes: listed.map((e) => ({
      ...e,
      difference30: e.change30 !== null && e.control30 ? e.change30 - e.control30.medianChange : null,
      difference90: e.change90 !== null && e.control90 ? e.change90 - e.control90.medianChange : null,
    })),
    notes,
  });
}
