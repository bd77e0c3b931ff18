import { z } from 'zod';
import { DaySchema } from './parameters.ts';

/**
 * Where a figure came from: a dataset of the data folder (`defillama/chain-tvl-daily`), live data
 * (`defillama/api`), the shipped registry, or the user's own input (a file or a request body).
 */
export const DocumentSource = z.strictObject({
  id: z.string().describe('dataset id, `registry`, or `input`'),
  title: z.string(),
  kind: z.enum(['dataset', 'live', 'registry', 'input']),
});
export type DocumentSource = z.infer<typeof DocumentSource>;

/**
 * What share of a published figure the stored data explains: DefiLlama publishes a chain's total,
 * Faultline stores a subset of its protocols. `share` is explained / published (null without a
 * published figure on that day).
 */
export const Coverage = z.strictObject({
  day: DaySchema.describe('the UTC day both figures are about'),
  publishedUsd: z.number().nullable().describe('the published figure (USD), or null when none exists'),
  explainedUsd: z.number().describe('what the stored data sums to on that day (USD)'),
  share: z.number().nullable().describe('explained / published, a fraction'),
  note: z.string(),
});
export type Coverage = z.infer<typeof Coverage>;

/**
 * The fields every answer carries (DESIGN.md): the day it is about, the newest day of each source it
 * read, its coverage of a published figure where one exists, and its sources.
 */
export const DocumentMeta = {
  asOf: DaySchema.nullable().describe('the UTC day the answer is about (null: not tied to a day)'),
  dataThrough: z
    .record(z.string(), DaySchema.nullable())
    .describe('the newest day of each source the answer read (null: the source has no dated rows)'),
  coverage: Coverage.nullable(),
  sources: z.array(DocumentSource),
};
export type DocumentMeta = {
  asOf: z.infer<typeof DocumentMeta.asOf>;
  dataThrough: z.infer<typeof DocumentMeta.dataThrough>;
  coverage: Coverage | null;
  sources: DocumentSource[];
};

/**
 * A versioned document's schema: its `schema` literal, the meta fields, then the question's own fields.
 * @example const TvlResult = documentSchema('faultline.tvl/v1', { points: ... })
 */
export function documentSchema<const S extends string, T extends z.ZodRawShape>(schema: S, shape: T) {
  return z.strictObject({ schema: z.literal(schema), ...DocumentMeta, ...shape });
}

/**
 * The meta of an answer computed from the user's input alone. `title` says what the input is, never where
 * it came from, so a command and its route give the same document for the same input.
 */
export function inputMeta(title: string): DocumentMeta {
  return { asOf: null, dataThrough: {}, coverage: null, sources: [{ id: 'input', title, kind: 'input' }] };
}
