import { z } from 'zod';
import type { Day } from '../core/day.ts';
import { ValidationError } from '../core/errors.ts';
import { TOKEN_PEGS } from '../model/tokenPegs.ts';
import { BtcLayersResult, btcLayers } from './btcLayers.ts';
import { ConcentrationResult, concentration } from './concentration.ts';
import type { App } from './createApp.ts';
import { documentSchema } from './document.ts';
import { DrawdownsResult, drawdowns } from './drawdowns.ts';
import { L2ExposureResult, l2Exposure } from './l2Exposure.ts';
import { L2SystemsResult, l2Systems } from './l2Systems.ts';
import { LayersResult, layers } from './layers.ts';
import { LendingStressResult, lendingStress } from './lending/lendingStress.ts';
import { LendingVarResult, lendingVar } from './lending/lendingVar.ts';
import { DaySchema, parseParameters } from './parameters.ts';
import { newestDay, TVL_SOURCES } from './provenance.ts';
import { QualityResult, quality } from './quality.ts';
import { ReportYieldsSection, reportYields, yieldReportQuestions } from './reportYields.ts';
import { RestakingBabylonResult, restakingBabylon } from './restakingBabylon.ts';
import { RestakingCheckResult, restakingCheck } from './restakingCheck.ts';
import { TvlResult, tvlSeries } from './tvlSeries.ts';
import { WatchlistResult, watchlist } from './watchlist.ts';

export const ReportParameters = z.strictObject({
  asOf: DaySchema.optional().describe('use only data up to this UTC day'),
});
export type ReportParameters = z.input<typeof ReportParameters>;

/** DefiLlama categories whose concentration the report shows. */
export const REPORT_CATEGORIES = [
  'Restaking',
  'Lending',
  'Liquid Staking',
  'Liquid Restaking',
  'Restaked BTC',
  'Bridge',
] as const;

/**
 * The question behind each section of the report, with the parameters it is asked with: a section is
 * exactly the document its own command and route give for these parameters (the contract test asks both).
 * The yield questions are asked without a day when `asOf` is after the newest pool yields (`yieldQuestionDay`).
 */
export function reportQuestions(asOf: Day | null) {
  const day = asOf === null ? {} : { asOf };
  return {
    ethereumTvl: { chain: 'ethereum', ...(asOf === null ? {} : { to: asOf }) },
    layers: { parent: 'Ethereum' as const, ...(asOf === null ? {} : { to: asOf }) },
    bitcoin: { parent: 'Bitcoin' as const, ...(asOf === null ? {} : { to: asOf }) },
    drawdowns: { limit: 20, keep: 'zerolend', ...day },
    concentration: [
      ...REPORT_CATEGORIES.map((category) => ({ category, ...day })),
      { market: 'btc-staking' as const, ...day },
    ],
    l2Systems: { ...day },
    btcLayers: { ...day },
    l2Exposure: { ...day },
    watchlist: { ...day },
    quality: { excluded: true, limit: 50 },
    lendingShocks: [{ shocks: { WETH: -0.2 } }, { shocks: { WETH: -0.4 } }],
    lendingVar: { paths: 10000, seed: 1 },
    restaking: {},
    babylon: { ...day },
    yields: yieldReportQuestions(asOf),
  };
}

/** The ETH liquid staking tokens of a stressed book (its assets pegged to ETH, but ETH itself). */
export function ethLstsOf(stress: LendingStressResult): string[] {
  return stress.perAsset
    .map((a) => a.asset)
    .filter((a) => TOKEN_PEGS[a.toUpperCase()] === 'ETH' && !['ETH', 'WETH'].includes(a.toUpperCase()));
}

/** The depeg questions the report asks of a book whose ETH LSTs are `lsts`: each depegging 5% and 10%. */
export function lstDepegQuestions(lsts: readonly string[]) {
  return [0.05, 0.1].map((x) => ({ depegs: Object.fromEntries(lsts.map((a) => [a, x])) }));
}

const DatasetRow = z.strictObject({
  dataset: z.string(),
  title: z.string(),
  kind: z.enum(['dataset', 'live']),
  status: z.enum(['imported', 'not imported']),
  firstDay: DaySchema.nullable(),
  lastDay: DaySchema.nullable(),
  rows: z.number().int(),
  importedAt: z.string().nullable(),
  caveats: z.array(z.string()),
});

/**
 * `faultline.report/v2`: the ecosystem report as the documents of its questions, each exactly what its
 * command and route answer (`reportQuestions`), with what the store holds. `asOf` is the cut-off day
 * (the newest TVL day when none is given). The v1 document is still served (`report --schema-version 1`).
 */
export const ReportResult = documentSchema('faultline.report/v2', {
  generatedAt: z.string().describe('when the report was built (ISO 8601, UTC)'),
  datasets: z.array(DatasetRow).describe('what the store holds, with each dataset’s days and caveats'),
  sections: z.strictObject({
    ethereumTvl: TvlResult,
    layers: LayersResult,
    bitcoin: LayersResult,
    drawdowns: DrawdownsResult,
    concentration: z.array(ConcentrationResult),
    l2Systems: L2SystemsResult,
    btcLayers: BtcLayersResult,
    l2Exposure: L2ExposureResult,
    watchlist: WatchlistResult,
    quality: QualityResult,
    lending: z
      .strictObject({ stress: z.array(LendingStressResult), valueAtRisk: LendingVarResult })
      .nullable()
      .describe(
        'the stored Aave v3 book under ETH −20% / −40% and LST depegs of 5% / 10%, and its one-day VaR',
      ),
    restaking: RestakingCheckResult.describe('the configured restaking network (--restaking), checked'),
    babylon: RestakingBabylonResult,
    yields: ReportYieldsSection,
  }),
  omitted: z
    .array(z.strictObject({ section: z.string(), question: z.string(), reason: z.string() }))
    .describe('questions the data cannot answer on asOf (e.g. a category without daily history), and why'),
});
export type ReportResult = z.infer<typeof ReportResult>;

/**
 * The ecosystem report: Ethereum's TVL with its coverage, L1 vs L2s (a partial month a bound), Bitcoin
 * staking, the deepest drawdowns (ZeroLend kept), concentration by market, L2 and Bitcoin-layer risk with
 * value exposed, where the yield comes from (each yield figure on its own day), the watchlist and the data
 * kept out, from data up to `asOf`.
 */
export async function report(app: App, parameters: ReportParameters = {}): Promise<ReportResult> {
  const p = parseParameters(ReportParameters, parameters, 'report');
  const asOf = p.asOf ?? null;
  const q = reportQuestions(asOf);
  const [ethereumTvl, layersDoc, bitcoin, drawdownsDoc] = await Promise.all([
    tvlSeries(app, q.ethereumTvl),
    layers(app, q.layers),
    layers(app, q.bitcoin),
    drawdowns(app, q.drawdowns),
  ]);
  const omitted: ReportResult['omitted'] = [];
  const concentrationDocs: ConcentrationResult[] = [];
  for (const c of q.concentration) {
    try {
      concentrationDocs.push(await concentration(app, c));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      omitted.push({ section: 'concentration', question: JSON.stringify(c), reason: err.message });
    }
  }
  const [systems, btc, exposure, watch, flags] = await Promise.all([
    l2Systems(app, q.l2Systems),
    btcLayers(app, q.btcLayers),
    l2Exposure(app, q.l2Exposure),
    watchlist(app, q.watchlist),
    quality(app, q.quality),
  ]);
  const lendingSection = await lendingOf(app, asOf, q, omitted);
  const [restaking, babylon] = await Promise.all([
    restakingCheck(app, q.restaking),
    restakingBabylon(app, q.babylon),
  ]);
  const yields = await reportYields(app, asOf, omitted);
  const statuses = await app.datasets();
  const sections = [ethereumTvl, layersDoc, bitcoin, drawdownsDoc, ...concentrationDocs, systems, btc];
  const dataThrough: Record<string, Day | null> = {};
  const sources = new Map<string, ReportResult['sources'][number]>();
  // The quality list is of the whole store, not of a day: its sources count, its days do not.
  for (const s of flags.sources) sources.set(s.id, s);
  const lendingDocs = lendingSection ? [...lendingSection.stress, lendingSection.valueAtRisk] : [];
  const yieldDocs = [
    ...yields.breakdowns,
    ...[yields.cliff, yields.stack, yields.backtest].filter((d) => d !== null),
  ];
  for (const doc of [...sections, exposure, watch, ...lendingDocs, babylon, ...yieldDocs]) {
    Object.assign(dataThrough, doc.dataThrough);
    for (const s of doc.sources) sources.set(s.id, s);
  }
  return {
    schema: 'faultline.report/v2',
    asOf: asOf ?? (await newestDay(app, TVL_SOURCES)),
    dataThrough,
    coverage: ethereumTvl.coverage,
    sources: [...sources.values()],
    generatedAt: new Date().toISOString(),
    datasets: statuses.map((s) => ({
      dataset: s.dataset,
      title: s.title,
      kind: s.kind,
      status: s.status,
      firstDay: s.firstDay,
      lastDay: s.lastDay,
      rows: s.rows,
      importedAt: s.importedAt,
      caveats: [...s.caveats],
    })),
    sections: {
      ethereumTvl,
      layers: layersDoc,
      bitcoin,
      drawdowns: drawdownsDoc,
      concentration: concentrationDocs,
      l2Systems: systems,
      btcLayers: btc,
      l2Exposure: exposure,
      watchlist: watch,
      quality: flags,
      lending: lendingSection,
      restaking,
      babylon,
      yields,
    },
    omitted,
  };
}

/** The lending book's scenarios and VaR; null (and said why) when the book is not known on `asOf`. */
async function lendingOf(
  app: App,
  asOf: Day | null,
  q: ReturnType<typeof reportQuestions>,
  omitted: ReportResult['omitted'],
): Promise<ReportResult['sections']['lending']> {
  const book = (await app.datasets()).find((d) => d.dataset === 'aave-v3/top-borrowers');
  if (book?.status !== 'imported' || (asOf !== null && book.firstDay !== null && book.firstDay > asOf)) {
    omitted.push({
      section: 'lending',
      question: 'lending stress, lending var',
      reason:
        book?.status === 'imported'
          ? `the Aave v3 book is of ${book.firstDay}, after ${asOf}`
          : 'the Aave v3 book is not in the store',
    });
    return null;
  }
  const shocks = await Promise.all(q.lendingShocks.map((s) => lendingStress(app, s)));
  const depegs = await Promise.all(
    lstDepegQuestions(ethLstsOf(shocks[0] as LendingStressResult)).map((s) => lendingStress(app, s)),
  );
  return { stress: [...shocks, ...depegs], valueAtRisk: await lendingVar(app, q.lendingVar) };
}
