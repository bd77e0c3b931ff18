import { z } from 'zod';
import { UsageError } from '../../core/errors.ts';

/** A UTC day in a document. */
export const DayText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * What a yield question is about: a protocol (slug, name or alias; a parent takes in its children), a
 * chain (any spelling), a category (DefiLlama's, case-insensitive) or one pool (its id).
 */
export type YieldSubject = { kind: 'protocol' | 'chain' | 'category' | 'pool'; id: string };

const subjectText = (what: string) => z.string().trim().min(1).max(200).optional().describe(what);

/** The flat parameters that name a yield subject (a query string's or a command line's): at most one of them. */
export const SubjectFields = {
  protocol: subjectText('a protocol by slug, name or alias (a parent takes in its products)'),
  chain: subjectText('a chain, any spelling'),
  category: subjectText('a DefiLlama category (case-insensitive), e.g. Lending, Dexs'),
  pool: subjectText('one pool by its DefiLlama Yields id'),
};

/** The subject the flat parameters name, or null when none does; more than one is a usage error. */
export function subjectOf(p: {
  protocol?: string | undefined;
  chain?: string | undefined;
  category?: string | undefined;
  pool?: string | undefined;
}): YieldSubject | null {
  const given = (['protocol', 'chain', 'category', 'pool'] as const).flatMap((kind) => {
    const id = p[kind];
    return id === undefined ? [] : [{ kind, id }];
  });
  if (given.length > 1)
    throw new UsageError(
      `give one of protocol, chain, category or pool, not ${given.map((g) => g.kind).join(' and ')}`,
      {
        field: given[1]?.kind ?? 'protocol',
      },
    );
  return given[0] ?? null;
}

/** The subject as resolved: its kind, the id asked for, its canonical id and display name. */
export const ResolvedSubjectDocument = z.object({
  kind: z.enum(['protocol', 'chain', 'category', 'pool']),
  query: z.string(),
  id: z.string(),
  name: z.string(),
});
export type ResolvedSubjectDocument = z.infer<typeof ResolvedSubjectDocument>;

/** A dataset a document read, with its title, what it does not cover (caveats), and the days it covers. */
export const DatasetDocument = z.object({
  dataset: z.string(),
  title: z.string(),
  caveats: z.array(z.string()),
  firstDay: DayText.nullable(),
  lastDay: DayText.nullable(),
});
export type DatasetDocument = z.infer<typeof DatasetDocument>;

const share = z.number().nullable();
const usd = z.number();

/** A set of pools' yield in brief (APYs percent a year, amounts USD, shares fractions of the yield in USD). */
export const YieldMixSummary = z.object({
  pools: z.number().int(),
  tvlUsd: usd,
  depositsUsd: usd,
  known: z.object({ pools: z.number().int(), depositsUsd: usd }),
  unknown: z.object({ pools: z.number().int(), depositsUsd: usd }),
  outliers: z.object({ pools: z.number().int(), depositsUsd: usd }),
  baseApy: share,
  rewardApy: share,
  totalApy: share,
  yieldUsdPerYear: z.object({ base: usd, reward: usd, total: usd }),
  incentiveShare: share,
  realYieldShare: share,
  borrowSubsidyShare: share,
});
export type YieldMixSummary = z.infer<typeof YieldMixSummary>;

/** A token that pays incentives (`chain:address`), the pools it pays in and their reward (USD a year). */
export const RewardTokenDocument = z.object({
  token: z.string(),
  pools: z.number().int(),
  rewardUsdPerYear: usd,
  listedOn: DayText.nullable(),
});

/** A set of pools' yield in full: the summary, the tokens that pay the reward, and reward no token is listed for. */
export const YieldMixDocument = YieldMixSummary.extend({
  rewardTokens: z.array(RewardTokenDocument),
  unlistedRewardUsdPerYear: usd,
});
export type YieldMixDocument = z.infer<typeof YieldMixDocument>;
