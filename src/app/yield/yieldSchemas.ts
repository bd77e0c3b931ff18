import { z } from 'zod';
import { type Day, parseDay } from '../../core/day.ts';
import { ValidationError } from '../../core/errors.ts';

/** A UTC day given as a parameter (`YYYY-MM-DD`), checked to be a calendar day. */
export const DayInput = z.string().transform((text, ctx): Day => {
  const day = parseDay(text);
  if (!day) {
    ctx.addIssue({ code: 'custom', message: `not a UTC day: "${text}" (expected YYYY-MM-DD)` });
    return z.NEVER;
  }
  return day;
});

/** A UTC day in a document. */
export const DayText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * What a yield question is about: a protocol (slug, name or alias; a parent takes in its children), a
 * chain (any spelling), a category (DefiLlama's, case-insensitive) or one pool (its id).
 */
export const YieldSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('protocol'), id: z.string().min(1) }),
  z.object({ kind: z.literal('chain'), id: z.string().min(1) }),
  z.object({ kind: z.literal('category'), id: z.string().min(1) }),
  z.object({ kind: z.literal('pool'), id: z.string().min(1) }),
]);
export type YieldSubject = z.infer<typeof YieldSubject>;

/** The subject as resolved: its kind, the id asked for, its canonical id and display name. */
export const ResolvedSubjectDocument = z.object({
  kind: z.enum(['protocol', 'chain', 'category', 'pool']),
  query: z.string(),
  id: z.string(),
  name: z.string(),
});
export type ResolvedSubjectDocument = z.infer<typeof ResolvedSubjectDocument>;

/** A dataset a document read, with its title, what it does not cover, and the days it covers. */
export const SourceDocument = z.object({
  dataset: z.string(),
  title: z.string(),
  caveats: z.array(z.string()),
  firstDay: DayText.nullable(),
  lastDay: DayText.nullable(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

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

/**
 * Parses a use case's parameters; a bad one is a ValidationError naming the parameter and why.
 * @example parseParameters(YieldCliffParameters, { asOf: '2025-02-30' }) // throws: asOf: not a UTC day
 */
export function parseParameters<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ValidationError(issue?.message ?? 'invalid parameters', {
    source: 'parameters',
    field: issue?.path.join('.') || '(root)',
  });
}
