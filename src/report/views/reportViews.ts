import type { ReportResult } from '../../app/report.ts';
import type { TvlResult } from '../../app/tvlSeries.ts';
import { usd } from '../format.ts';
import { column, type View } from '../view.ts';
import { concentrationSummaryView } from './concentrationView.ts';
import { drawdownsView } from './drawdownsView.ts';
import { layersView } from './layersView.ts';
import { lendingVarView } from './lendingBookViews.ts';
import { qualityView } from './qualityView.ts';
import { reportYieldViews } from './reportYieldViews.ts';
import { restakingBabylonView, restakingReportView } from './restakingViews.ts';
import { watchlistView } from './scoreView.ts';
import { btcLayersView, l2ExposureView, l2PublishedView, l2SystemsView } from './systemsViews.ts';

/** How many watchlist entries the report shows (the document holds them all). */
const WATCHLIST_SHOWN = 15;

/** What the report stands on: its day, the datasets in the store with their days, rows and caveats. */
function datasetsView(doc: ReportResult): View {
  return {
    id: 'coverage',
    title: 'Data coverage',
    lines: [
      `As of ${doc.asOf ?? 'the newest stored day'} (UTC); built ${doc.generatedAt.slice(0, 10)}.`,
      ...(doc.coverage ? [`Ethereum TVL coverage: ${doc.coverage.note}`] : []),
    ],
    tables: [
      {
        columns: [
          column('dataset', 'text'),
          column('status', 'text'),
          column('first day', 'day', 'first_day'),
          column('last day', 'day', 'last_day'),
          column('rows', 'count'),
        ],
        rows: doc.datasets.map((d) => [d.dataset, d.status, d.firstDay, d.lastDay, d.rows]),
      },
    ],
    notes: [
      ...doc.omitted.map((o) => `not answered (${o.section} ${o.question}): ${o.reason}`),
      ...doc.datasets.flatMap((d) => d.caveats.map((c) => `${d.dataset}: ${c}`)),
    ],
  };
}

/** A chain's TVL headline as the report quotes it: the published figure and the explained part. */
function tvlHeadlineView(doc: TvlResult): View {
  const h = doc.headline;
  return {
    id: 'ethereum-tvl',
    title: `${doc.subject} TVL`,
    lines: h
      ? [
          `${usd(h.usd)} on ${h.day} (${h.note})`,
          ...(doc.coverage ? [`coverage: ${doc.coverage.note}`] : []),
          `rule: ${doc.rule}`,
        ]
      : ['no TVL figure in the store'],
    tables: [],
    notes: [],
  };
}

/** The lending book's scenarios in one table: what each adds to the no-move state, and that state. */
function lendingStressSummary(lending: NonNullable<ReportResult['sections']['lending']>): View {
  const first = lending.stress[0];
  return {
    id: 'lending-stress',
    title: 'Lending stress: Aave v3 Ethereum book',
    lines: first
      ? [
          `no move: ${usd(first.baseline.insolvencyUsd)} already short (debt above collateral in the input), ${usd(first.baseline.liquidatableDebtUsd)} of debt already liquidatable; the figures below are what each scenario adds`,
        ]
      : [],
    tables: [
      {
        columns: [
          column('scenario', 'text'),
          column('liquidatable debt added', 'usd', 'liquidatable_debt_added_usd'),
          column('insolvency added', 'usd', 'insolvency_added_usd'),
          column('liquidated collateral added', 'usd', 'liquidated_collateral_added_usd'),
          column('bad debt added', 'usd', 'bad_debt_added_usd'),
          column('bad debt after', 'usd', 'bad_debt_after_usd'),
        ],
        rows: lending.stress.map((d) => [
          d.scenario,
          d.increment.liquidatableDebtUsd,
          d.increment.insolvencyUsd,
          d.increment.liquidatedCollateralUsd,
          d.increment.badDebtUsd,
          d.badDebtUsd,
        ]),
      },
    ],
    notes: first ? [...first.findings.map((f) => f.message), ...first.assumptions] : [],
  };
}

/** The L1-vs-L2 view with its chart: months with every L2 known as a line, partial months as a dashed bound. */
function layersWithChart(doc: ReportResult['sections']['layers']): View {
  const view = layersView(doc);
  if (doc.parent !== 'Ethereum') return view;
  const share = (partial: boolean) =>
    doc.months.map((m) => ({ x: m.month, y: m.partial === partial && m.l2s.length > 0 ? m.share : null }));
  return {
    ...view,
    charts: [
      {
        kind: 'line',
        title: 'L2 share of Ethereum by month',
        unit: 'fraction',
        series: [
          { label: 'every L2 known', points: share(false) },
          { label: 'lower bound: fewer L2s known', points: share(true), dashed: true },
        ],
      },
    ],
  };
}

/**
 * The report as views, one per section, each the view its own command prints for the same document;
 * the HTML report draws the charts.
 */
export function reportViews(doc: ReportResult): View[] {
  const s = doc.sections;
  const drawdowns = drawdownsView(s.drawdowns);
  const concentration = concentrationSummaryView(s.concentration.flatMap((c) => c.markets));
  return [
    datasetsView(doc),
    tvlHeadlineView(s.ethereumTvl),
    layersWithChart(s.layers),
    layersView(s.bitcoin),
    {
      ...drawdowns,
      charts: [
        {
          kind: 'bar',
          title: 'Drawdown from peak',
          unit: 'fraction',
          bars: s.drawdowns.rows.flatMap((r) => (r.view ? [{ label: r.name, value: r.view.drawdown }] : [])),
        },
      ],
    },
    {
      ...concentration,
      charts: [
        {
          kind: 'bar',
          title: 'HHI by market',
          unit: 'count',
          bars: s.concentration.flatMap((c) => c.markets).map((m) => ({ label: m.market, value: m.hhi })),
        },
      ],
    },
    l2SystemsView(s.l2Systems),
    l2PublishedView(s.l2Systems),
    btcLayersView(s.btcLayers),
    l2ExposureView(s.l2Exposure),
    ...(s.lending ? [lendingStressSummary(s.lending), lendingVarView(s.lending.valueAtRisk)] : []),
    restakingReportView(s.restaking),
    restakingBabylonView(s.babylon),
    ...reportYieldViews(s.yields, doc.asOf),
    watchlistView(s.watchlist, WATCHLIST_SHOWN),
    qualityView(s.quality),
  ];
}
