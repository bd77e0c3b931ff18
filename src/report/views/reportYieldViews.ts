import type { DocumentMeta } from '../../app/document.ts';
import type { ReportYieldsSection } from '../../app/reportYields.ts';
import { column, type View } from '../view.ts';
import { incentiveBacktestView, restakingYieldStackView, yieldCliffView, yieldView } from './yieldViews.ts';

/** A document's own day and sources, said against the report's day (the yield data ends before it). */
function dayLine(doc: DocumentMeta, reportDay: string | null): string {
  const day = doc.asOf ?? 'no single day';
  const against =
    doc.asOf !== null && reportDay !== null && doc.asOf !== reportDay
      ? ` (not the report's ${reportDay})`
      : '';
  const sources = doc.sources
    .map((s) => `${s.title}${doc.dataThrough[s.id] ? ` through ${doc.dataThrough[s.id]}` : ''}`)
    .join('; ');
  return `figures of ${day}${against}, UTC; sources: ${sources}`;
}

/** A view with the document's day line first, and without tables the document left empty. */
function dated(view: View, doc: DocumentMeta, reportDay: string | null): View {
  return {
    ...view,
    lines: [dayLine(doc, reportDay), ...view.lines],
    tables: view.tables.filter((t) => t.rows.length > 0),
  };
}

/** APY in percent a year as a fraction (4.5 → 0.045), for a chart drawn in percent; null stays out. */
const asFraction = (apy: number | null) => (apy === null ? null : apy / 100);

/** Base vs reward APY of every subject the report breaks down, each on its own day, with the chart. */
function summaryView(section: ReportYieldsSection, reportDay: string | null): View {
  const docs = section.breakdowns;
  const newest = docs
    .flatMap((d) => d.datasets.map((s) => s.lastDay))
    .reduce<string | null>((m, d) => (d !== null && (m === null || d > m) ? d : m), null);
  const apy = (label: string, key: string) => column(`${label} (% a year)`, 'number', key, 2);
  return {
    id: 'yields',
    title: 'Where the yield comes from',
    lines: [
      `The yield data ends ${newest ?? 'nowhere: none is stored'}${reportDay !== null && newest !== null && newest < reportDay ? `, before the report's day (${reportDay})` : ''}: each row is of its own day (the "day" column), the newest on or before ${reportDay ?? 'the newest day'} that covers at least half its pools. APYs are TVL-weighted, in percent a year; shares are of the yield in USD.`,
    ],
    tables: [
      {
        columns: [
          column('subject', 'text', 'subject'),
          column('kind', 'text'),
          column('day', 'day'),
          column('pools', 'count'),
          column('deposits', 'usd', 'deposits_usd'),
          apy('base APY', 'base_apy'),
          apy('reward APY', 'reward_apy'),
          apy('total APY', 'total_apy'),
          column('incentive share', 'fraction', 'incentive_share'),
          column('real yield share', 'fraction', 'real_yield_share'),
          column('split known', 'fraction', 'known_split_share'),
          column('sources', 'text'),
        ],
        rows: docs.map((d) => [
          d.subject.name,
          d.subject.kind,
          d.asOf,
          d.totals?.pools ?? null,
          d.totals?.depositsUsd ?? null,
          d.totals?.baseApy ?? null,
          d.totals?.rewardApy ?? null,
          d.totals?.totalApy ?? null,
          d.totals?.incentiveShare ?? null,
          d.totals?.realYieldShare ?? null,
          d.poolCoverage.knownSplitShare,
          d.sources.map((s) => s.id).join(', '),
        ]),
      },
    ],
    charts: [
      {
        kind: 'bar',
        title: 'Base vs reward APY (% a year) by chain and category',
        unit: 'fraction',
        bars: docs.flatMap((d) =>
          (
            [
              [`${d.subject.name} ${d.asOf}: base`, asFraction(d.totals?.baseApy ?? null)],
              [`${d.subject.name} ${d.asOf}: reward`, asFraction(d.totals?.rewardApy ?? null)],
            ] as const
          ).flatMap(([label, value]) => (value === null ? [] : [{ label, value }])),
        ),
      },
    ],
    notes: [
      ...docs.flatMap((d) => d.notes.map((n) => `${d.subject.name}: ${n}`)),
      ...[
        ...new Map(
          docs
            .flatMap((d) => d.datasets)
            .map((s) => [s.dataset, `${s.title}: ${s.firstDay} .. ${s.lastDay}`]),
        ).values(),
      ],
    ],
  };
}

/** The restaking stack's view, with its known layers as bars. */
function stackView(doc: NonNullable<ReportYieldsSection['stack']>, reportDay: string | null): View {
  return {
    ...dated(restakingYieldStackView(doc), doc, reportDay),
    charts: [
      {
        kind: 'bar',
        title: `${doc.token}'s yield by layer on ${doc.asOf} (% a year; unknown layers left out)`,
        unit: 'fraction',
        bars: doc.layers.flatMap((l) => (l.apy === null ? [] : [{ label: l.label, value: l.apy / 100 }])),
      },
    ],
  };
}

/**
 * The report's "Where the yield comes from" as views: the subjects side by side (with the base vs reward
 * chart), Ethereum's breakdown as `faultline yield` prints it, the measured cliff, the restaking stack and
 * the backtest, each the view its own command prints, headed by its document's day and sources.
 */
export function reportYieldViews(section: ReportYieldsSection, reportDay: string | null): View[] {
  const [first] = section.breakdowns;
  return [
    summaryView(section, reportDay),
    ...(first ? [dated(yieldView(first), first, reportDay)] : []),
    ...(section.cliff ? [dated(yieldCliffView(section.cliff), section.cliff, reportDay)] : []),
    ...(section.stack ? [stackView(section.stack, reportDay)] : []),
    ...(section.backtest
      ? [dated(incentiveBacktestView(section.backtest), section.backtest, reportDay)]
      : []),
  ];
}
