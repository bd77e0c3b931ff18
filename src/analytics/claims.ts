import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseDay } from '../core/day.ts';
import { ValidationError } from '../core/errors.ts';

/** The metrics a claim can name (issue vocabulary); each may carry `as_of` (a UTC day). */
export const METRICS = [
  'protocol.tvl_usd',
  'protocol.peak_tvl_usd',
  'protocol.peak_date',
  'protocol.drawdown',
  'category.share',
  'category.leader',
  'category.hhi',
  'chain.tvl_usd',
  'chain.is_high',
  'layer.share',
] as const;
export type Metric = (typeof METRICS)[number];

const day = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  const parsed = parseDay(text);
  if (!parsed) ctx.addIssue({ code: 'custom', message: `not a day: "${text}" (expected YYYY-MM-DD)` });
  return parsed ?? z.NEVER;
});

const claimSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string().optional(),
  metric: z.enum(METRICS),
  subject: z.union([z.string(), z.number()]).transform(String).optional(),
  category: z.string().optional(),
  parent: z.string().optional(),
  window_days: z.number().int().positive().optional(),
  as_of: day.optional(),
  expect: z.union([z.number(), z.string(), z.boolean(), z.date()]),
  tolerance: z.number().nonnegative().optional(),
});
export type Claim = z.infer<typeof claimSchema>;

const NEEDS: Record<Metric, readonly ('subject' | 'category' | 'window_days')[]> = {
  'protocol.tvl_usd': ['subject'],
  'protocol.peak_tvl_usd': ['subject'],
  'protocol.peak_date': ['subject'],
  'protocol.drawdown': ['subject'],
  'category.share': ['subject', 'category'],
  'category.leader': ['category'],
  'category.hhi': ['category'],
  'chain.tvl_usd': ['subject'],
  'chain.is_high': ['subject', 'window_days'],
  'layer.share': ['subject'],
};

/**
 * Parses a claims file (YAML or JSON: `{claims: [...]}`). A malformed file is a ValidationError naming
 * the file, the claim (by id, or by position) and the field.
 */
export function parseClaims(text: string, file: string): Claim[] {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new ValidationError(`not YAML or JSON: ${(err as Error).message.split('\n')[0]}`, { source: file });
  }
  return claimsFrom(doc, file);
}

/** Claims from a parsed document (`{claims: [...]}`, e.g. a request body), validated as `parseClaims` does. */
export function claimsFrom(doc: unknown, file: string): Claim[] {
  const list = (doc as { claims?: unknown } | null)?.claims;
  if (!Array.isArray(list))
    throw new ValidationError('expected a top-level `claims:` list', { source: file, field: 'claims' });
  const ids = new Set<string>();
  return list.map((raw, i) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const place = rawId === undefined ? `claims[${i}]` : `claim "${String(rawId)}"`;
    const parsed = claimSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(issue?.message ?? 'invalid claim', {
        source: file,
        place,
        field: issue?.path.join('.') || '(claim)',
      });
    }
    const claim = parsed.data;
    for (const field of NEEDS[claim.metric]) {
      if (claim[field] === undefined) {
        throw new ValidationError(`${claim.metric} needs \`${field}\``, { source: file, place, field });
      }
    }
    if (ids.has(claim.id))
      throw new ValidationError(`duplicate id "${claim.id}"`, { source: file, place, field: 'id' });
    ids.add(claim.id);
    return claim;
  });
}
