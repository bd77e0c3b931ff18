import { type Command, Option } from 'commander';
import { DENOMINATIONS, type Denomination } from '../analytics/denominate.ts';
import { explainTvl, type TvlExplanation } from '../analytics/tvlExplain.ts';
import { roundCents } from '../analytics/tvlRules.ts';
import { type TvlRequest, type TvlSeries, tvlSeries } from '../analytics/tvlSeries.ts';
import { tvlSeriesDocument } from '../analytics/tvlSeriesDocument.ts';
import { subjectsOf, type TvlSubject } from '../analytics/tvlSubject.ts';
import { parseToggles } from '../analytics/tvlToggles.ts';
import { EXTRA_SECTIONS } from '../model/normaliseChain.ts';
import { pct, usd } from '../report/format.ts';
import { sparkline } from '../report/sparkline.ts';
import { ensureData } from './ensureData.ts';
import { dayOption } from './options.ts';
import { type Cell, writeCsv, writeJson, writeTable } from './output.ts';
import { unitText } from './unitText.ts';
import { withApp } from './withApp.ts';

type TvlOptions = {
  chain?: string;
  protocol?: string;
  category?: string;
  layer?: string;
  sections?: string;
  include?: string;
  denominate: Denomination;
  from?: string;
  to?: string;
  format: 'text' | 'json' | 'csv';
  explain?: string;
  includeFlagged?: boolean;
};

/** `faultline tvl`: a daily TVL series under DefiLlama's rules, or one day of it explained. */
export function registerTvl(program: Command): void {
  const command = program
    .command('tvl')
    .description("a daily TVL series under DefiLlama's exact rules (MODELS §1), or one day explained")
    .option('--chain <chain>', 'a chain (any spelling: zksync era, op, rsk, ...)')
    .option('--protocol <protocol>', 'a protocol by slug or name (a parent sums its products)')
    .option('--category <category>', 'a DefiLlama category (Lending, Dexs, ...)')
    .option('--layer <layer>', 'every chain of a layer: L1, L2, L3, sidechain, btc-layer')
    .option('--sections <list>', `extra sections to add: ${EXTRA_SECTIONS.join(',')}`)
    .option('--include <list>', 'toggles: doublecounted,liquidstaking,bridge')
    .addOption(new Option('--denominate <unit>', 'unit').choices(DENOMINATIONS).default('usd'))
    .option('--from <day>', 'first UTC day shown')
    .option('--to <day>', 'last UTC day seen (later data is ignored)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'),
    )
    .option('--explain <day>', 'break one day down into protocols, chains and sections')
    .option('--include-flagged', 'count points the data-quality rules kept out (see faultline quality)');
  command.action((options: TvlOptions) =>
    withApp(program, async (app) => {
      const subjects = subjectsOf(options);
      if (subjects.length !== 1) {
        command.error('error: give exactly one of --chain, --protocol, --category, --layer', { exitCode: 2 });
      }
      const request: TvlRequest = {
        subject: subjects[0] as TvlSubject,
        toggles: parseToggles(options.sections, options.include),
        denominate: options.denominate,
        from: dayOption(options.from, '--from'),
        to: dayOption(options.to, '--to'),
        includeFlagged: options.includeFlagged === true,
      };
      await ensureData(app);
      const ctx = await app.tvl();
      if (options.explain !== undefined) {
        const explanation = await explainTvl(ctx, request, options.explain);
        if (options.format === 'json') writeJson({ schema: 'faultline.tvl-explain/v1', ...explanation });
        else writeExplanation(explanation, options.format);
        return;
      }
      const series = await tvlSeries(ctx, request);
      if (options.format === 'json') writeJson(tvlSeriesDocument(series));
      else if (options.format === 'csv') writeCsv(...seriesTable(series));
      else writeSeriesText(series);
    }),
  );
}

function seriesTable(series: TvlSeries): [string[], Cell[][]] {
  const { sections } = series.request.toggles;
  const unit = series.request.denominate;
  const published = new Map(series.published.map((p) => [p.day, p.value]));
  const columns = [
    'day',
    'tvl_usd',
    ...(unit === 'usd' ? [] : [`tvl_${unit}`]),
    'core_usd',
    'doublecounted_usd',
    'liquidstaking_usd',
    'overlap_usd',
    ...sections.map((s) => `${s}_usd`),
    'excluded_usd',
    ...(series.published.length > 0 ? ['published_usd'] : []),
  ];
  const rows = series.points.map((p) => [
    p.day,
    p.usd,
    ...(unit === 'usd' ? [] : [p.value]),
    roundCents(p.parts.tvl),
    roundCents(p.parts.doublecounted),
    roundCents(p.parts.liquidstaking),
    roundCents(p.parts.overlap),
    ...sections.map((s) => roundCents(p.parts.sections[s] ?? 0)),
    roundCents(p.parts.excluded),
    ...(series.published.length > 0 ? [published.get(p.day) ?? null] : []),
  ]);
  return [columns, rows];
}

function writeSeriesText(series: TvlSeries): void {
  const { points } = series;
  const unit = series.request.denominate;
  const first = points[0];
  const last = points.at(-1);
  const peak = points.reduce(
    (a, b) => ((b.value ?? -1) > (a.value ?? -1) ? b : a),
    points[0] as (typeof points)[0],
  );
  const lines = [
    `${series.subject.label}: daily TVL in ${unit.toUpperCase()}, ${first?.day} … ${last?.day} (${points.length} days)`,
    `rule: ${series.rule}`,
    sparkline(points.map((p) => p.value ?? 0)),
    `latest ${unitText(last?.value ?? null, unit)} on ${last?.day}; peak ${unitText(peak.value, unit)} on ${peak.day}` +
      (peak.value && last?.value != null ? `; ${pct(1 - last.value / peak.value)} below peak` : ''),
  ];
  const latestPublished = series.published.at(-1);
  if (latestPublished && last) {
    const same = series.published.find((p) => p.day === last.day);
    lines.push(
      same
        ? `DefiLlama's published total on ${last.day}: ${usd(same.value)}; the protocols stored here explain ${pct(last.usd / same.value)} of it`
        : `DefiLlama's published total ends ${latestPublished.day} at ${usd(latestPublished.value)}`,
    );
  }
  for (const note of series.notes) lines.push(`note: ${note}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  const [columns, rows] = seriesTable(series);
  writeTable(
    columns,
    rows.map((r) =>
      r.map((v, i) =>
        i === 0 || typeof v !== 'number'
          ? v
          : (columns[i] as string).endsWith('_usd')
            ? usd(v)
            : unitText(v, unit),
      ),
    ),
  );
}

function writeExplanation(e: TvlExplanation, format: 'text' | 'csv'): void {
  const columns = ['protocol', 'name', 'category', 'chain', 'section', 'usd', 'point_day', 'role', 'why'];
  const rows: Cell[][] = e.lines.map((l) => [
    l.protocol,
    l.name,
    l.category,
    l.chain,
    l.section,
    format === 'csv' ? l.usd : usd(l.usd),
    l.pointDay,
    l.role,
    l.why,
  ]);
  if (format === 'csv') {
    writeCsv(columns, rows);
    return;
  }
  const p = e.parts;
  const sections = Object.entries(p.sections)
    .map(([s, v]) => ` ${s} ${usd(v)}`)
    .join(',');
  const lines = [
    `${e.label} on ${e.day}: ${usd(e.usd)}${e.unit === 'usd' ? '' : ` = ${unitText(e.value, e.unit)}`}`,
    `rule: ${e.rule}`,
    `parts: core tvl ${usd(p.tvl)}, doublecounted ${usd(p.doublecounted)}, liquidstaking ${usd(p.liquidstaking)}, overlap ${usd(p.overlap)}, excluded ${usd(p.excluded)}${sections ? `; sections:${sections}` : ''}`,
  ];
  if (e.published) {
    lines.push(
      `DefiLlama's published total: ${usd(e.published.usd)} (${e.published.dataset}); not explained by stored protocols: ${usd(e.published.unexplainedUsd)}`,
    );
  }
  if (e.inParent.length > 0) lines.push(`counted inside their parent: ${e.inParent.join(', ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  writeTable(columns, rows);
}
