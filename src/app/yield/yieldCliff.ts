import { z } from 'zod';
import { addDays, type Day } from '../../core/day.ts';
import { CLIFF_RULE, type CliffOutcome } from '../../model/cliffRule.ts';
import { MIN_CONTROL_POOLS, MIN_INCENTIVE_SHARE, measureCliff } from '../../risk/yield/measureCliff.ts';
import { projectCliff } from '../../risk/yield/projectCliff.ts';
import type { YieldPoolFilter } from '../../store/yieldStore.ts';
import type { App } from '../createApp.ts';
import { documentSchema } from '../document.ts';
import { DaySchema, IntParam, parseParameters } from '../parameters.ts';
import { CliffEpisodeDocument, CliffResponseDocument, ProjectionDocument } from './cliffDocuments.ts';
import { subjectPools, type YieldDeps } from './subjectPools.ts';
import { yieldDeps } from './yieldDeps.ts';
import {
  DatasetDocument,
  DayText,
  ResolvedSubjectDocument,
  SubjectFields,
  subjectOf,
  type YieldSubject,
} from './yieldSchemas.ts';
import { checkYieldAsOf, yieldSources } from './yieldSources.ts';

/** `faultline yield cliff`, `GET /api/v1/yield/cliff`: whose TVL to project (none: the measurement only), the day, which episodes. */
export const YieldCliffParameters = z.strictObject({
  ...SubjectFields,
  asOf: DaySchema.optional().describe(
    'measure from episodes whose outcome is known by this UTC day, and project from it (default: the newest)',
  ),
  basis: z
    .enum(['sustained', 'all'])
    .default('sustained')
    .describe('the response the projection uses: falls that lasted (rewards stopped) or every fall'),
  episodes: z
    .enum(['none', 'subject', 'all'])
    .default('subject')
    .describe(
      "which episodes to list, newest first: none, the subject's projects' (all without a subject), or all",
    ),
  limit: IntParam.pipe(z.number().min(1).max(100_000)).default(1000).describe('most episodes listed'),
});
export type YieldCliffParameters = z.input<typeof YieldCliffParameters>;

/** The cliff as the engine takes it: the subject resolved from the parameters. */
export type YieldCliffQuery = {
  subject?: YieldSubject | null;
  asOf?: Day | null;
  basis?: 'sustained' | 'all';
  episodes?: 'none' | 'subject' | 'all';
  limit?: number;
};

/**
 * `faultline.yield-cliff/v1`: what TVL did when incentives fell, and what it would do if they stopped now.
 * `asOf` is the day asked (`asked`), else the newest day of the histories read.
 */
export const YieldCliffResult = documentSchema('faultline.yield-cliff/v1', {
  asked: DayText.nullable(),
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
  episodeCoverage: z.object({
    episodes: z.number().int(),
    sustained: z.number().int(),
    firstDay: DayText.nullable(),
    lastDay: DayText.nullable(),
  }),
  datasets: z.array(DatasetDocument),
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
 * @example await yieldCliff(app, { protocol: 'aerodrome' })
 */
export async function yieldCliff(app: App, parameters: YieldCliffParameters): Promise<YieldCliffResult> {
  const p = parseParameters(YieldCliffParameters, parameters, 'yield cliff');
  const deps = await yieldDeps(app);
  await checkYieldAsOf(deps.store, p.asOf ?? null);
  return yieldCliffOf(deps, {
    subject: subjectOf(p),
    asOf: p.asOf ?? null,
    basis: p.basis,
    episodes: p.episodes,
    limit: p.limit,
  });
}

/** `yieldCliff` on a store and a protocol index (what tests and benches without an app use). */
export async function yieldCliffOf(deps: YieldDeps, query: YieldCliffQuery): Promise<YieldCliffResult> {
  const asOf = query.asOf ?? null;
  const basis = query.basis ?? 'sustained';
  const episodes = query.episodes ?? 'subject';
  const subject = query.subject ?? null;
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
  const found = subject ? await subjectPools(deps, subject, asOf) : null;
  const response = basis === 'all' ? all : sustained;
  const projection =
    found && found.day !== null
      ? { basis, day: found.day, horizons: projectCliff(found.pools, response) }
      : null;
  const filter: YieldPoolFilter | null =
    episodes === 'none'
      ? null
      : episodes === 'all' || !found
        ? { kind: 'all' }
        : { kind: 'projects', projects: [...new Set(found.pools.map((p) => p.project))] };
  const listed = filter ? (await deps.store.cliffEpisodes(filter, asOf, query.limit ?? 1000)).map(known) : [];
  const used = new Set([
    ...(await deps.store.yieldCoverage()).filter((c) => c.firstDay < c.lastDay).map((c) => c.dataset),
    ...(found?.pools ?? []).map((p) => p.dataset),
  ]);
  const { sources, dataThrough, datasets } = await yieldSources(deps.store, used);
  const newest = Object.values(dataThrough).reduce<Day | null>((m, d) => (m === null || d > m ? d : m), null);
  const notes: string[] = [];
  if (found && found.day === null) notes.push(`no pool yields for ${found.subject.name}: nothing to project`);
  if (coverage.episodes === 0) notes.push('no reward-fall episode in the stored pool histories');
  return YieldCliffResult.parse({
    schema: 'faultline.yield-cliff/v1',
    asOf: asOf ?? newest,
    dataThrough,
    coverage: null,
    sources,
    asked: asOf,
    subject: found?.subject ?? null,
    rule: {
      ...CLIFF_RULE,
      horizons: [...CLIFF_RULE.horizons],
      minControlPools: MIN_CONTROL_POOLS,
      minIncentiveShare: MIN_INCENTIVE_SHARE,
      text: RULE_TEXT,
    },
    episodeCoverage: coverage,
    datasets,
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
