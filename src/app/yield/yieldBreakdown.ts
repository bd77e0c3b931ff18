import { z } from 'zod';
import { appendTo } from '../../core/appendTo.ts';
import { chainInfo } from '../../model/normaliseChain.ts';
import type { PoolYield } from '../../model/poolYield.ts';
import { yieldMix } from '../../risk/yield/yieldMix.ts';
import { LendingSection, lendingPools } from './lendingPools.ts';
import { subjectPools, type YieldDeps } from './subjectPools.ts';
import {
  DayInput,
  DayText,
  parseParameters,
  ResolvedSubjectDocument,
  SourceDocument,
  YieldMixDocument,
  YieldMixSummary,
  YieldSubject,
} from './yieldSchemas.ts';
import { yieldSources } from './yieldSources.ts';

/** `yieldBreakdown` parameters: the subject, the day (newest with data when omitted), rows per breakdown. */
export const YieldBreakdownParameters = z.object({
  subject: YieldSubject,
  asOf: DayInput.nullable().default(null),
  limit: z.number().int().min(1).max(500).default(20),
});
export type YieldBreakdownParameters = z.infer<typeof YieldBreakdownParameters>;

/** One row of a breakdown: a chain, protocol, category or pool of the subject, and its yield. */
const BreakdownItem = YieldMixSummary.extend({ key: z.string(), label: z.string() });

/** A breakdown of the subject by one dimension, largest deposits first, the rest summed. */
const Breakdown = z.object({
  by: z.enum(['chain', 'protocol', 'category', 'pool']),
  items: z.array(BreakdownItem),
  others: z.object({ items: z.number().int(), depositsUsd: z.number() }),
});

/** `faultline.yield/v1`: where a subject's yield comes from on one day. */
export const YieldBreakdownResult = z.object({
  schema: z.literal('faultline.yield/v1'),
  asOf: DayText.nullable(),
  /** The day the figures are of: the newest on or before `asOf` covering at least half the subject's pools. */
  day: DayText.nullable(),
  /** The days with the most of the subject's pools (up to 10, newest first), for choosing another `asOf`. */
  days: z.array(z.object({ day: DayText, pools: z.number().int() })),
  subject: ResolvedSubjectDocument,
  dataThrough: z.record(z.string(), DayText),
  coverage: z.object({
    pools: z.number().int(),
    /** Share of deposits whose base/reward split is known (the shares are over that part). */
    knownSplitShare: z.number().nullable(),
    /** Pools of the subject whose history spans the day but have no row on it. */
    missingPools: z.number().int(),
  }),
  sources: z.array(SourceDocument),
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
 * Pools whose split DefiLlama does not give are counted apart (coverage), never as reward-free.
 * @example await yieldBreakdown({ store, index }, { subject: { kind: 'protocol', id: 'zerolend' } })
 */
export async function yieldBreakdown(
  deps: YieldDeps,
  input: z.input<typeof YieldBreakdownParameters>,
): Promise<YieldBreakdownResult> {
  const params = parseParameters(YieldBreakdownParameters, input);
  const found = await subjectPools(deps, params.subject, params.asOf);
  const { sources, dataThrough } = await yieldSources(deps.store, new Set(found.pools.map((p) => p.dataset)));
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
  const breakdowns = DIMENSIONS[params.subject.kind].map((by) => {
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
    const rest = items.slice(params.limit);
    return {
      by,
      items: items.slice(0, params.limit),
      others: { items: rest.length, depositsUsd: rest.reduce((s, i) => s + i.depositsUsd, 0) },
    };
  });
  const notes: string[] = [];
  if (found.day === null)
    notes.push(`no pool yields for ${found.subject.name} on or before ${params.asOf ?? 'the newest day'}`);
  if (totals && totals.unknown.pools > 0)
    notes.push(
      `${totals.unknown.pools} pools ($${Math.round(totals.unknown.depositsUsd).toLocaleString('en-US')}) give an APY without a base/reward split: their incentive share is unknown and left out of the shares`,
    );
  return YieldBreakdownResult.parse({
    schema: 'faultline.yield/v1',
    asOf: params.asOf,
    day: found.day,
    days: [...found.days]
      .sort((a, b) => b.pools - a.pools || b.day.localeCompare(a.day))
      .slice(0, 10)
      .sort((a, b) => b.day.localeCompare(a.day)),
    subject: found.subject,
    dataThrough,
    coverage: {
      pools: found.pools.length,
      knownSplitShare:
        totals && totals.depositsUsd > 0 ? totals.known.depositsUsd / totals.depositsUsd : null,
      missingPools: found.missing,
    },
    sources,
    totals,
    breakdowns,
    lending: lendingPools(found.pools, params.limit, found.identityOf),
    notes,
  });
}
