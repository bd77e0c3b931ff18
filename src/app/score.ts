import { z } from 'zod';
import { chainScoreAt, protocolScoreAt } from '../analytics/scoreAt.ts';
import type { SustainabilityData } from '../analytics/sustainabilityData.ts';
import { latestDataDay } from '../analytics/watchlist.ts';
import type { Day } from '../core/day.ts';
import { NotFoundError, UsageError } from '../core/errors.ts';
import { DEFAULT_WEIGHTS, WATCH_THRESHOLD } from '../risk/sustainability/factors.ts';
import type { App } from './createApp.ts';
import { type DocumentMeta, documentSchema } from './document.ts';
import { DaySchema, parseParameters } from './parameters.ts';
import { checkAsOf, oldestDay, PRICE_SOURCES, provenance, TVL_SOURCES } from './provenance.ts';
import { resolveProtocol } from './resolveProtocol.ts';

export const ScoreParameters = z
  .strictObject({
    protocol: z.string().min(1).max(200).optional().describe('a protocol by slug or name'),
    chain: z.string().min(1).max(200).optional().describe('a chain'),
    asOf: DaySchema.optional().describe(
      'use only data up to this UTC day (default: the end of the daily history)',
    ),
  })
  .refine((p) => (p.protocol === undefined) !== (p.chain === undefined), {
    message: 'give protocol or chain (one of them)',
  });
export type ScoreParameters = z.input<typeof ScoreParameters>;

/** One factor of a score: its value in its unit, the risk it reads as (0 safe .. 1 worst), its weight and the points it took off. */
export const ScoredFactor = z.strictObject({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  value: z.number().nullable().describe('null: unknown, left out of the score (never counted as safe)'),
  risk: z.number().nullable(),
  weight: z.number(),
  contribution: z.number().nullable(),
  detail: z
    .string()
    .nullable()
    .describe(
      'what the signal rests on, where the value alone does not say (oracle staleness: which feed, which day, how late)',
    ),
});

/** A sustainability score: 0–100 (higher is healthier), its band, every factor, and the facts that drive it. */
export const ScoreFields = {
  subject: z.string(),
  score: z.number(),
  band: z.enum(['healthy', 'fragile', 'warning', 'critical']),
  factors: z.array(ScoredFactor),
  unknown: z.array(z.string()).describe('factors left out because their signal is unknown'),
  drivers: z.string(),
};

/** `faultline.score/v1`: a protocol's sustainability score or a chain's ghost-chain score, explained. */
export const ScoreResult = documentSchema('faultline.score/v1', {
  kind: z.enum(['protocol', 'chain']),
  id: z.string(),
  watchThreshold: z.number(),
  basis: z.string().describe('what the figures were read on (the daily history up to asOf)'),
  ...ScoreFields,
});
export type ScoreResult = z.infer<typeof ScoreResult>;

/** The sources the scores read. */
export const SCORE_SOURCES = [
  ...TVL_SOURCES,
  ...PRICE_SOURCES,
  'defillama/chain-tvl-daily',
  'aave-v3/top-borrowers',
  'oracles/chainlink-rounds',
];

/**
 * The chain snapshots (market reads) whose feeds the scores of these protocols read up to `asOf`, as
 * sources with the newest day read: the oracle factor's live inputs beside the datasets.
 */
export function oracleReadSources(
  data: SustainabilityData,
  ids: readonly string[],
  asOf: Day,
): Pick<DocumentMeta, 'dataThrough' | 'sources'> {
  const newest = new Map<string, Day>();
  for (const id of ids)
    for (const d of data.oracle.get(id) ?? [])
      if (d.source.startsWith('chain/') && d.day <= asOf && (newest.get(d.source) ?? '') < d.day)
        newest.set(d.source, d.day);
  const sorted = [...newest].sort(([a], [b]) => a.localeCompare(b));
  return {
    dataThrough: Object.fromEntries(sorted),
    sources: sorted.map(([id]) => ({
      id,
      title: `${id.slice('chain/'.length)} read from the chain (market snapshot)`,
      kind: 'live',
    })),
  };
}

/** The day a score is about: the one asked (not after the data), else the end of the daily history. */
export async function scoreDay(app: App, asOf: Day | undefined, field = 'asOf'): Promise<Day> {
  await checkAsOf(app, asOf ?? null, TVL_SOURCES, field);
  const oldest = await oldestDay(app, TVL_SOURCES);
  if (asOf !== undefined && oldest !== null && asOf < oldest)
    throw new UsageError(`${asOf} is before the oldest stored data (${oldest}): nothing to score`, { field });
  const day = asOf ?? latestDataDay(await app.sustainability());
  if (!day) throw new NotFoundError('the store has no protocol history to score');
  return day;
}

/**
 * A protocol's sustainability score or a chain's ghost-chain score (0–100, higher is healthier) from
 * data known on `asOf` only: every factor with its value, weight and points, the unknown ones left out.
 */
export async function score(app: App, parameters: ScoreParameters): Promise<ScoreResult> {
  const p = parseParameters(ScoreParameters, parameters, 'score');
  const data = await app.sustainability();
  const asOf = await scoreDay(app, p.asOf);
  const meta = { ...(await provenance(app, SCORE_SOURCES, asOf)), coverage: null };
  if (p.chain !== undefined) {
    const s = await chainScoreAt(data, p.chain, asOf);
    return {
      schema: 'faultline.score/v1',
      ...meta,
      kind: 'chain',
      id: p.chain,
      watchThreshold: WATCH_THRESHOLD,
      basis: `the chain's daily TVL up to ${asOf} (DefiLlama's published total where stored, else the stored protocols' sum)`,
      ...s,
      asOf,
    };
  }
  const id = resolveProtocol(data.tvl, p.protocol as string).id;
  const s = protocolScoreAt(data, id, asOf, DEFAULT_WEIGHTS);
  if (!s) throw new NotFoundError(`no daily history for ${id} up to ${asOf}`, { field: 'protocol' });
  const reads = oracleReadSources(data, [id], asOf);
  const last =
    data.protocols
      .get(id)
      ?.series.filter((x) => x.day <= asOf)
      .at(-1)?.day ?? asOf;
  return {
    schema: 'faultline.score/v1',
    ...meta,
    dataThrough: { ...meta.dataThrough, ...reads.dataThrough },
    sources: [...meta.sources, ...reads.sources],
    kind: 'protocol',
    id,
    watchThreshold: WATCH_THRESHOLD,
    basis: `the protocol's daily history up to ${last} (a protocol-list snapshot is one day, not a history: scores never read it)`,
    ...s,
    asOf,
  };
}
