import { z } from 'zod';
import { appendTo } from '../../core/appendTo.ts';
import type { Day } from '../../core/day.ts';
import { UsageError } from '../../core/errors.ts';
import { chainInfo } from '../../model/normaliseChain.ts';
import type { PoolYield } from '../../model/poolYield.ts';
import { yieldMix } from '../../risk/yield/yieldMix.ts';
import type { App } from '../createApp.ts';
import { documentSchema } from '../document.ts';
import { DaySchema, IntParam, parseParameters } from '../parameters.ts';
import { LendingSection, lendingPools } from './lendingPools.ts';
import { subjectPools, type YieldDeps } from './subjectPools.ts';
import { yieldDeps } from './yieldDeps.ts';
import {
  DatasetDocument,
  DayText,
  ResolvedSubjectDocument,
  SubjectFields,
  subjectOf,
  YieldMixDocument,
  YieldMixSummary,
  type YieldSubject,
} from './yieldSchemas.ts';
import { checkYieldAsOf, yieldSources } from './yieldSources.ts';

/** `faultline yield`, `GET /api/v1/yield`: one subject, the day, rows per breakdown. */
export const YieldParameters = z.strictObject({
  ...SubjectFields,
  asOf: DaySchema.optional().describe(
    'the newest day on or before this one that covers the subject (default: the newest)',
  ),
  limit: IntParam.pipe(z.number().min(1).max(500)).default(20).describe('rows per breakdown (1–500)'),
});
export type YieldParameters = z.input<typeof YieldParameters>;

/** A yield breakdown as the engine takes it: the subject resolved from the parameters. */
export type YieldBreakdownQuery = { subject: YieldSubject; asOf?: Day | null; limit?: number };

/** One row of a breakdown: a chain, protocol, category or pool of the subject, and its yield. */
const BreakdownItem = YieldMixSummary.extend({ key: z.string(), label: z.string() });

/** A breakdown of the subject by one dimension, largest deposits first, the rest summed. */
const Breakdown = z.object({
  by: z.enum(['chain', 'protocol', 'category', 'pool']),
  items: z.array(BreakdownItem),
  others: z.object({ items: z.number().int(), depositsUsd: z.number() }),
});

/**
 * `faultline.yield/v1`: where a subject's yield comes from on one day. `asOf` is the day the figures are
 * of: the newest on or before the day `asked` that covers at least half the subject's pools.
 */
export const YieldBreakdownResult = documentSchema('faultline.yield/v1', {
  asked: DayText.nullable().describe('the asOf asked for (null: the newest)'),
  days: z
    .array(z.object({ day: DayText, pools: z.number().int() }))
    .describe("the days with the most of the subject's pools (up to 10, newest first)"),
  subject: ResolvedSubjectDocument,
  poolCoverage: z.object({
    pools: z.number().int(),
    knownSplitShare: z
      .number()
      .nullable()
      .describe('share of deposits whose base/reward split is known (the shares are over that part)'),
    missingPools: z
      .number()
      .int()
      .describe("the subject's pools whose history spans the day but have no row on it"),
  }),
  datasets: z.array(DatasetDocument),
  totals: YieldMixDocument.nullable(),
  breakdowns: z.array(Breakdown),
  lending: LendingSection.nullable(),
  notes: z.array(z.string()),
});
export type YieldBreakdownResult = z.infer<typeof YieldBreakdownResult>;

const DIMENSIONS: Record<YieldSubject['kind'], z.infer<typeof Breakdown>['by'][]> = {
  protocol: ['chain', 'pool'],
  chain: ['protocol', 'category'],
  category: ['protocol', 'chain'],
  pool: [],
};

const summary = ({ rewardTokens: _, unlistedRewardUsdPerYear: __, ...rest }: ReturnType<typeof yieldMix>) =>
  rest;

/**
 * Where the yield comes from: a protocol's, chain's, category's or pool's TVL-weighted base and reward
 * APY, the share of its yield paid by incentives, the "real yield" share, the reward tokens that pay it,
 * broken down by chain, protocol, category or pool, and the lending pools' utilisation and rates.
 * Pools whose split DefiLlama does not give are counted apart (`poolCoverage`), never as reward-free.
 * @example await yieldBreakdown(app, { protocol: 'zerolend' })
 */
export async function yieldBreakdown(app: App, parameters: YieldParameters): Promise<YieldBreakdownResult> {
  const p = parseParameters(YieldParameters, parameters, 'yield');
  const subject = subjectOf(p);
  if (!subject) throw new UsageError('give one of protocol, chain, category or pool', { field: 'protocol' });
  const deps = await yieldDeps(app);
  await checkYieldAsOf(deps.store, p.asOf ?? null);
  return yieldBreakdownOf(deps, { subject, asOf: p.asOf ?? null, limit: p.limit });
}

/** `yieldBreakdown` on a store and a protocol index (what tests and benches without an app use). */
export async function yieldBreakdownOf(
  deps: YieldDeps,
  query: YieldBreakdownQuery,
): Promise<YieldBreakdownResult> {
  const asked = query.asOf ?? null;
  const limit = query.limit ?? 20;
  const found = await subjectPools(deps, query.subject, asked);
  const { sources, dataThrough, datasets } = await yieldSources(
    deps.store,
    new Set(found.pools.map((p) => p.dataset)),
  );
  const totals = found.pools.length > 0 ? yieldMix(found.pools) : null;
  const keyOf = (by: z.infer<typeof Breakdown>['by'], p: PoolYield): [string, string] => {
    const identity = found.identityOf(p.project);
    switch (by) {
      case 'chain':
        return [p.chain, chainInfo(p.chain).name];
      case 'protocol':
        return [identity.id, identity.name];
      case 'category': {
        const category = p.category ?? identity.category ?? 'unknown';
        return [category.toLowerCase(), category];
      }
      case 'pool':
        return [
          p.pool,
          `${p.symbol}${p.poolMeta ? ` ${p.poolMeta}` : ''} (${identity.name}, ${chainInfo(p.chain).name})`,
        ];
    }
  };
  const breakdowns = DIMENSIONS[query.subject.kind].map((by) => {
    const groups = new Map<string, PoolYield[]>();
    const labels = new Map<string, string>();
    for (const p of found.pools) {
      const [key, label] = keyOf(by, p);
      appendTo(groups, key, p);
      labels.set(key, label);
    }
    const items = [...groups]
      .map(([key, pools]) => ({ key, label: labels.get(key) ?? key, ...summary(yieldMix(pools)) }))
      .sort((a, b) => b.depositsUsd - a.depositsUsd || a.key.localeCompare(b.key));
    const rest = items.slice(limit);
    return {
      by,
      items: items.slice(0, limit),
      others: { items: rest.length, depositsUsd: rest.reduce((s, i) => s + i.depositsUsd, 0) },
    };
  });
  const notes: string[] = [];
  if (found.day === null)
    notes.push(`no pool yields for ${found.subject.name} on or before ${asked ?? 'the newest day'}`);
  if (totals && totals.unknown.pools > 0)
    notes.push(
      `${totals.unknown.pools} pools ($${Math.round(totals.unknown.depositsUsd).toLocaleString('en-US')}) give an APY without a base/reward split: their incentive share is unknown and left out of the shares`,
    );
  return YieldBreakdownResult.parse({
    schema: 'faultline.yield/v1',
    asOf: found.day,
    dataThrough,
    coverage: null,
    sources,
    asked,
    days: [...found.days]
      .sort((a, b) => b.pools - a.pools || b.day.localeCompare(a.day))
      .slice(0, 10)
      .sort((a, b) => b.day.localeCompare(a.day)),
    subject: found.subject,
    poolCoverage: {
      pools: found.pools.length,
      knownSplitShare:
        totals && totals.depositsUsd > 0 ? totals.known.depositsUsd / totals.depositsUsd : null,
      missingPools: found.missing,
    },
    datasets,
    totals,
    breakdowns,
    lending: lendingPools(found.pools, limit, found.identityOf),
    notes,
  });
}
