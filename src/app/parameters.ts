import { z } from 'zod';
import { DENOMINATIONS } from '../analytics/denominate.ts';
import { type Day, parseDay } from '../core/day.ts';
import { UsageError } from '../core/errors.ts';
import { formatPath } from '../sources/zodIssue.ts';

/** A UTC day, `YYYY-MM-DD`, checked to be a real calendar day. */
export const DaySchema = z
  .string()
  .describe('a UTC day, YYYY-MM-DD')
  .refine((text) => parseDay(text) !== undefined, {
    error: (issue) => `not a UTC day: "${String(issue.input)}" (expected YYYY-MM-DD)`,
  })
  .transform((text) => text as Day);

/** The unit a series or ranking is given in. */
export const Denomination = z.enum(DENOMINATIONS as ['usd', 'eth', 'btc']).default('usd');

/** A yes/no parameter: a boolean, or `true`/`false` as a query string carries it. */
export const Flag = z
  .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
  .default(false);

/** A number from a flag or a query string (`1_000_000` and `1e6` read as numbers). */
export const NumberParam = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.replaceAll('_', '')) : v),
  z.number().finite(),
);

/** An integer from a flag or a query string. */
export const IntParam = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.replaceAll('_', '')) : v),
  z.number().int(),
);

/**
 * Parses a question's parameters; a failure is a UsageError naming the parameter (its field) and the
 * reason, which the CLI shows as its flag (exit 2) and the API as a 400 with the path.
 * @example parseParameters(TvlParameters, { chain: 'base' }, 'tvl')
 */
export function parseParameters<S extends z.ZodType>(
  schema: S,
  input: unknown,
  question: string,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  const field = formatPath(issue.path);
  throw new UsageError(
    `${question}: ${issue.message.replace(/^Invalid input: /, '')}`,
    field ? { field } : {},
  );
}
