import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { aaveTopBorrowersBook } from '../analytics/aaveTopBorrowersBook.ts';
import type { Day } from '../core/day.ts';
import { bookFindings } from '../risk/lending/bookFindings.ts';
import { findingMessage, type OracleFinding, readFinding } from '../risk/oracle/oracleFindings.ts';
import { AAVE_V3_ETHEREUM, aaveV3Borrowers } from '../sources/files/aaveV3Borrowers.ts';
import { DATASETS } from '../sources/files/datasets.ts';
import type { IngestFlag, Store } from '../store/store.ts';
import type { App } from './createApp.ts';
import { type DocumentSource, documentSchema } from './document.ts';
import { snapshotSourceId } from './market/storedSnapshot.ts';
import { PageFields } from './page.ts';
import { DaySchema, Flag, IntParam, parseParameters } from './parameters.ts';

/** `quality` parameters: one protocol (its stored key), one kind, or only flags whose data is kept out. */
export const QualityParameters = z.strictObject({
  protocol: z.string().trim().min(1).max(200).optional().describe('a stored protocol key, e.g. contango-v2'),
  kind: z.string().trim().min(1).max(100).optional().describe('negative, rejected-negative-tvl, stale, ...'),
  excluded: Flag.describe('only flags whose data is kept out of figures'),
  limit: IntParam.pipe(z.number().int().min(1).max(5000)).default(100).describe('flags returned (1–5000)'),
  offset: IntParam.pipe(z.number().int().min(0)).default(0).describe('flags skipped'),
});
export type QualityParameters = z.input<typeof QualityParameters>;

/** One data-quality flag and what the figures do with what it flags. */
export const QualityFlagEntry = z.strictObject({
  /** The dataset (file import) or live source dataset that raised it. */
  source: z.string(),
  origin: z.enum(['import', 'live', 'lending-book']),
  /** A stored point, a whole file or ingest unit, or accounts of a lending book. */
  scope: z.enum(['point', 'file', 'unit', 'book']),
  kind: z.string(),
  protocol: z.string().nullable(),
  chain: z.string().nullable(),
  section: z.string().nullable(),
  subject: z.string(),
  day: z.string().nullable(),
  /** Whether what it flags counts in default figures (false: kept out; `treatment` says how to count it). */
  counted: z.boolean(),
  treatment: z.string(),
  /** The flagged value (USD), when it has one. */
  usd: z.number().nullable(),
  /** The input file, relative to the data folder (or the project, for registry files). */
  file: z.string().nullable(),
  /** The live ingest unit (`protocol:aave-v3`), for live flags. */
  ingestUnit: z.string().nullable(),
  message: z.string(),
});
export type QualityFlagEntry = z.infer<typeof QualityFlagEntry>;

const Tally = z.strictObject({
  flags: z.number().int(),
  counted: z.number().int(),
  keptOut: z.number().int(),
});

/**
 * The `faultline.quality/v2` document: every flag with its treatment, the datasets behind them (with the
 * newest day each holds and how many flags it raised) and the counts. `asOf` is the newest day among them.
 */
export const QualityResult = documentSchema('faultline.quality/v2', {
  parameters: z.strictObject({
    protocol: z.string().nullable(),
    kind: z.string().nullable(),
    excluded: z.boolean(),
  }),
  datasets: z.array(
    z.strictObject({
      dataset: z.string(),
      origin: z.string(),
      dataThrough: DaySchema.nullable(),
      flags: z.number().int(),
    }),
  ),
  ...PageFields,
  flags: z
    .array(QualityFlagEntry)
    .describe('one page of the flags (limit, offset); counts are of all of them'),
  counts: Tally.extend({ byKind: z.record(z.string(), Tally) }),
});
export type QualityResult = z.infer<typeof QualityResult>;

const KEPT_OUT_POINT = 'kept out of default totals (DefiLlama sanity rule); --include-flagged counts it';
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The one data-quality document (`faultline quality`, `GET /api/v1/quality`): flagged stored points, the
 * file imports' and live ingestion's flags, and the stored lending book's findings, each saying whether
 * what it flags counts in figures, as the TVL rules and the lending book actually treat it.
 * @example (await quality(store, { excluded: true })).counts.keptOut
 */
export async function quality(app: App, parameters: QualityParameters = {}): Promise<QualityResult> {
  const p = parseParameters(QualityParameters, parameters, 'quality');
  const store = await app.store();
  const [imports, imported, points, live, findings, reads] = await Promise.all([
    store.datasetImports(),
    store.qualityFlags(),
    store.flaggedPoints(),
    store.ingestFlags(),
    store.oracleFindings(),
    store.marketStaleReads(),
  ]);
  const relFiles = imports.flatMap((i) => i.files.map((f) => f.file));
  const shown = (file: string | null) =>
    file === null ? null : (relFiles.find((r) => file.endsWith(`${sep}${r}`)) ?? projectPath(file));
  const all: QualityFlagEntry[] = [
    ...points.map((f) => ({
      source: f.dataset,
      origin: 'import' as const,
      scope: 'point' as const,
      kind: f.flag,
      protocol: f.protocol,
      chain: f.chain,
      section: f.section,
      subject: `${f.protocol} ${f.chain ?? 'all chains'}/${f.section}`,
      day: f.day,
      counted: false,
      treatment: KEPT_OUT_POINT,
      usd: f.usd,
      file: null,
      ingestUnit: null,
      message: `${f.protocol} on ${f.chain ?? 'all chains'} (${f.section}) ${f.day}: $${f.usd.toFixed(2)} fails the ${f.flag} rule`,
    })),
    ...imported.map((f) => ({
      source: f.dataset,
      origin: 'import' as const,
      scope: 'file' as const,
      kind: f.kind,
      protocol: null,
      chain: null,
      section: null,
      subject: f.subject,
      day: null,
      counted: !f.excluded,
      treatment: f.excluded
        ? 'kept out of figures (rows not stored, points flagged, or values unknown rather than zero)'
        : 'counted; a warning',
      usd: null,
      file: shown(f.file),
      ingestUnit: null,
      message: f.message,
    })),
    ...live.map(liveEntry),
    ...(await lendingEntries(store)),
    ...findings.map((f) => oracleEntry(f, f.dataset, 'import', shown(f.file), null, null)),
    ...reads.flatMap((r) => {
      const f = readFinding(r);
      if (f === null) return [];
      const entry = oracleEntry(f, snapshotSourceId(r.market), 'live', null, `market:${r.market}`, r.symbol);
      return [{ ...entry, message: `${entry.message}; block ${r.block}` }];
    }),
  ];
  const flags = all.filter(
    (f) =>
      (!p.protocol || f.protocol === p.protocol || f.subject.split(', ').includes(p.protocol)) &&
      (!p.kind || f.kind === p.kind) &&
      (!p.excluded || !f.counted),
  );
  const datasets = await datasetsOf(store, flags);
  const statuses = await app.datasets();
  const sources: DocumentSource[] = datasets.map(({ dataset }) => {
    const s = statuses.find((x) => x.dataset === dataset);
    return { id: dataset, title: s?.title ?? dataset, kind: s?.kind ?? 'live' };
  });
  const tally = (list: readonly QualityFlagEntry[]) => ({
    flags: list.length,
    counted: list.filter((f) => f.counted).length,
    keptOut: list.filter((f) => !f.counted).length,
  });
  const kinds = [...new Set(flags.map((f) => f.kind))].sort();
  return {
    schema: 'faultline.quality/v2',
    asOf: datasets.reduce<Day | null>(
      (d, s) => (s.dataThrough && (!d || s.dataThrough > d) ? s.dataThrough : d),
      null,
    ),
    dataThrough: Object.fromEntries(datasets.map((d) => [d.dataset, d.dataThrough])),
    coverage: null,
    sources,
    parameters: { protocol: p.protocol ?? null, kind: p.kind ?? null, excluded: p.excluded },
    datasets,
    total: flags.length,
    limit: p.limit,
    offset: p.offset,
    flags: flags.slice(p.offset, p.offset + p.limit),
    counts: {
      ...tally(flags),
      byKind: Object.fromEntries(kinds.map((k) => [k, tally(flags.filter((f) => f.kind === k))])),
    },
  };
}

/** A live ingestion flag: a series point kept out of default totals, a unit's rows not stored, or a warning. */
function liveEntry(f: IngestFlag): QualityFlagEntry {
  const series = f.unit.startsWith('protocol:') && f.subject.includes('/');
  const [chain, section] = series ? (f.subject.split('/') as [string, string]) : [null, null];
  return {
    source: f.dataset,
    origin: 'live',
    scope: series ? 'point' : 'unit',
    kind: f.kind,
    protocol: f.unit.startsWith('protocol:') ? f.unit.slice('protocol:'.length) : null,
    chain,
    section,
    subject: f.subject,
    day: f.day,
    counted: !f.excluded,
    treatment: !f.excluded ? 'counted; a warning' : series ? KEPT_OUT_POINT : 'kept out: not stored',
    usd: f.usd,
    file: null,
    ingestUnit: f.unit,
    message: f.message,
  };
}

const ORACLE_TREATMENT: Record<OracleFinding['kind'], string> = {
  'stale-oracle':
    "counted; a finding about the feed (past heartbeat + grace), scored in the sustainability score's oracle-staleness factor of the protocols relying on it",
  'oracle-deviation':
    'counted; a finding about the feed (a jump past twice its deviation threshold in one update), not scored: a fast market, not a stopped feed',
};

/** A dated oracle finding: the feed, its round and day, how late or how far, where it was seen. */
function oracleEntry(
  f: OracleFinding,
  source: string,
  origin: 'import' | 'live',
  file: string | null,
  ingestUnit: string | null,
  reserve: string | null,
): QualityFlagEntry {
  return {
    source,
    origin,
    scope: 'point',
    kind: f.kind,
    protocol: null,
    chain: null,
    section: null,
    subject: `${f.pair} (${f.feed})${reserve === null ? '' : `, the ${reserve} price`}`,
    day: f.day,
    counted: true,
    treatment: ORACLE_TREATMENT[f.kind],
    usd: null,
    file,
    ingestUnit,
    message: findingMessage(f),
  };
}

/** The stored Aave book's findings: accounts left out of it, and the pre-existing shortfall kept in as its baseline. */
async function lendingEntries(store: Store): Promise<QualityFlagEntry[]> {
  if ((await store.lendingAccounts(AAVE_V3_ETHEREUM)).length === 0) return [];
  const day = (await store.coverage(aaveV3Borrowers.id, aaveV3Borrowers.tables)).lastDay;
  return bookFindings(await aaveTopBorrowersBook(store, AAVE_V3_ETHEREUM)).map((f) => ({
    source: aaveV3Borrowers.id,
    origin: 'lending-book',
    scope: 'book',
    kind: f.kind,
    protocol: 'aave-v3',
    chain: 'ethereum',
    section: null,
    subject: `${f.accounts} accounts (e.g. ${f.examples.slice(0, 2).join(', ')})`,
    day,
    counted: f.treatment === 'in-baseline',
    treatment:
      f.treatment === 'left-out'
        ? 'left out of the lending book and every lending figure'
        : 'kept in the book as the no-move baseline; stress figures and VaR are increments over it',
    usd: f.kind === 'missing-debt-position' ? f.debtUsd : f.shortfallUsd,
    file: null,
    ingestUnit: null,
    message: f.message,
  }));
}

/** Each dataset behind the flags, with the last day of data it holds. */
async function datasetsOf(
  store: Store,
  flags: readonly QualityFlagEntry[],
): Promise<QualityResult['datasets']> {
  const ids = [...new Set(flags.map((f) => f.source))].sort();
  return Promise.all(
    ids.map(async (dataset) => {
      const inSet = flags.filter((f) => f.source === dataset);
      const file = DATASETS.find((d) => d.id === dataset);
      let dataThrough: Day | null = null;
      if (file) dataThrough = (await store.coverage(file.id, file.tables)).lastDay;
      else if (dataset.startsWith('chain/'))
        dataThrough =
          (await store.marketSnapshots()).find((m) => snapshotSourceId(m.market) === dataset)?.day ?? null;
      else
        for (const c of (await store.ingestCheckpoints(dataset.split('/')[0] as string)).values()) {
          const day = c.newestDay ?? c.targetDay;
          if (dataThrough === null || day > dataThrough) dataThrough = day;
        }
      return { dataset, origin: inSet[0]?.origin ?? 'import', dataThrough, flags: inSet.length };
    }),
  );
}

/** A file outside the data folder (a registry list), named from the project root. */
function projectPath(file: string): string {
  const r = relative(PROJECT, file);
  return r.startsWith('..') ? (file.split(sep).at(-1) ?? file) : r;
}
