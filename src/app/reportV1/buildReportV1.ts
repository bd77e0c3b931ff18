import { basename } from 'node:path';
import { loadBabylon } from '../../analytics/babylonStake.ts';
import { btcStakingConcentration } from '../../analytics/btcStakingConcentration.ts';
import { concentration } from '../../analytics/concentration.ts';
import { healthFactorSummary } from '../../analytics/healthFactors.ts';
import { l2ShareByMonth } from '../../analytics/l2Share.ts';
import { loadSystems, systemSummary, systemsExposure } from '../../analytics/l2Systems.ts';
import { lendingStressView } from '../../analytics/lendingStressView.ts';
import { protocolDrawdowns } from '../../analytics/protocolDrawdowns.ts';
import { buildProtocolIndex } from '../../analytics/protocolIdentity.ts';
import { loadSustainabilityData } from '../../analytics/sustainabilityData.ts';
import { loadTvlContext } from '../../analytics/tvlContext.ts';
import { latestDataDay, watchlist } from '../../analytics/watchlist.ts';
import type { Day } from '../../core/day.ts';
import { EMODE_CATEGORIES } from '../../model/aaveEmode.ts';
import type { NetworkInput } from '../../model/restaking.ts';
import type { SystemFacts } from '../../model/system.ts';
import { EXCLUDED_CATEGORIES } from '../../model/tvlMethodology.ts';
import { babylonLines, networkLines, serviceStakeTable } from '../../report/restakingTables.ts';
import { assessNetwork } from '../../risk/restaking/assessNetwork.ts';
import { loadSolver } from '../../risk/restaking/milp.ts';
import { DEFAULT_WEIGHTS, DEFAULT_WEIGHTS_NAME, WATCH_THRESHOLD } from '../../risk/sustainability/factors.ts';
import { AAVE_V3_ETHEREUM } from '../../sources/files/aaveV3Borrowers.ts';
import type { Store } from '../../store/store.ts';
import { type ConcentrationRow, type CoverageRow, REPORT_SCHEMA, type Report } from './reportV1.ts';

/** DefiLlama categories whose concentration the report shows. */
export const REPORT_CATEGORIES = [
  'Restaking',
  'Lending',
  'Liquid Staking',
  'Liquid Restaking',
  'Restaked BTC',
  'Bridge',
] as const;
/** Protocols whose peak is below this are left out of the drawdown table (USD); so are DefiLlama's excluded categories (CEX, Chain, ...). */
export const MIN_PEAK_USD = 10_000_000;
/** How many drawdown rows the report keeps (ZeroLend is always kept). */
export const TOP_DRAWDOWNS = 20;

export type BuildReportParameters = {
  store: Store;
  /** Every file dataset of the data folder with what the store holds of it (`app.datasets()`). */
  coverage: CoverageRow[];
  asOf: Day | null;
  /** The L2 and Bitcoin-layer registry; systems whose facts postdate `asOf` are left out. */
  registry: readonly SystemFacts[];
  /** The restaking network the restaking section checks, and the file it came from. */
  restaking: { file: string; input: NetworkInput };
  /** Known incidents the watchlist's scores count. */
  incidentsFile: string;
  now?: Date;
};

/** Reads the store and builds the ecosystem report as data, using only data up to `asOf`. */
export async function buildReportV1({
  store,
  coverage,
  asOf,
  registry,
  restaking,
  incidentsFile,
  now = new Date(),
}: BuildReportParameters): Promise<Report> {
  const visible = (id: string) => {
    const row = coverage.find((c) => c.dataset === id);
    return row?.status === 'imported' && (asOf === null || row.firstDay === null || row.firstDay <= asOf);
  };
  const [totals, snapshots, monthEnds, staking] = await Promise.all([
    store.protocolDailyTotals(asOf),
    store.protocolSnapshots(asOf),
    store.chainMonthEnds(asOf),
    store.btcStakingMonthly(asOf),
  ]);
  const latestDay = snapshots.reduce<Day | null>((d, s) => (d === null || s.day > d ? s.day : d), null);
  const latest = snapshots.filter((s) => s.day === latestDay);
  const index = buildProtocolIndex(
    latest.map((s) => ({ slug: s.slug, name: s.name, category: s.category })),
    [...new Set(totals.map((t) => t.protocol))],
  );
  const all = protocolDrawdowns(totals, snapshots, index).filter(
    (d) => d.peakUsd >= MIN_PEAK_USD && !EXCLUDED_CATEGORIES.has(d.category ?? ''),
  );
  const top = all.slice(0, TOP_DRAWDOWNS);
  const zerolend = all.find((d) => d.id === 'zerolend');
  if (zerolend && !top.includes(zerolend)) top.push(zerolend);

  const concentrationRows: ConcentrationRow[] = REPORT_CATEGORIES.map((category) => ({
    market: category,
    basis: 'protocol TVL, USD',
    dataset: 'defillama/protocols-snapshot',
    asOf: latestDay ?? 'n/a',
    ...concentration(
      latest.filter((s) => s.category === category).map((s) => ({ name: s.name, value: s.tvlUsd ?? 0 })),
    ),
  }));
  concentrationRows.push(...btcStakingConcentration(staking));

  const accounts = visible('aave-v3/top-borrowers') ? await store.lendingAccounts(AAVE_V3_ETHEREUM) : [];
  const lending =
    accounts.length === 0
      ? null
      : {
          market: 'Aave v3 Ethereum (top 1,000 borrowers by debt)',
          asOf: coverage.find((c) => c.dataset === 'aave-v3/top-borrowers')?.lastDay ?? 'n/a',
          summary: healthFactorSummary(
            accounts,
            await store.lendingDebtReserves(AAVE_V3_ETHEREUM),
            EMODE_CATEGORIES[AAVE_V3_ETHEREUM] ?? {},
          ),
          caveat:
            'The source computed health factors without e-mode thresholds, so e-mode accounts show HF < 1 without being liquidatable. ' +
            'The estimate re-applies e-mode category 1 (ETH correlated, LT 95%) to accounts whose largest debt is e-mode eligible, assuming all their collateral qualifies (an upper bound). ' +
            'Accounts still below 1 may use newer e-mode categories this data does not carry.',
          stress: await lendingStressView(store, AAVE_V3_ETHEREUM),
        };

  const systems = await loadSystems(store, registry, asOf);
  return {
    schema: REPORT_SCHEMA,
    generatedAt: now.toISOString(),
    asOf,
    coverage,
    l1VsL2: { months: l2ShareByMonth(monthEnds) },
    drawdowns: { minPeakUsd: MIN_PEAK_USD, rows: top },
    concentration: concentrationRows,
    l2Risks: visible('l2beat/scaling-summary')
      ? {
          asOf: coverage.find((c) => c.dataset === 'l2beat/scaling-summary')?.lastDay ?? null,
          rows: await store.l2RiskProfiles(),
        }
      : { asOf: null, rows: [] },
    btcLayers: visible('bitcoinlayers/layers')
      ? {
          asOf: coverage.find((c) => c.dataset === 'bitcoinlayers/layers')?.lastDay ?? null,
          rows: await store.btcLayerProfiles(),
        }
      : { asOf: null, rows: [] },
    systems: {
      rows: systems.systems.map(systemSummary),
      exposure: systemsExposure(systems.systems),
      btcPrice: systems.btcPrice,
    },
    lending,
    restaking: await restakingSection(store, restaking, asOf),
    qualityFlags: await store.qualityFlags(),
    watchlist: await watchlistSection(store, registry, asOf, incidentsFile),
  };
}

/** The report shows this many of the watchlist's entries. */
const WATCHLIST_SHOWN = 15;

async function watchlistSection(
  store: Store,
  registry: readonly SystemFacts[],
  asOf: Day | null,
  incidentsFile: string,
): Promise<Report['watchlist']> {
  const data = await loadSustainabilityData(await loadTvlContext(store, asOf), registry, { incidentsFile });
  const day = asOf ?? latestDataDay(data);
  const entries = day === null ? [] : watchlist(data, day, DEFAULT_WEIGHTS);
  return {
    asOf: day,
    threshold: WATCH_THRESHOLD,
    weights: DEFAULT_WEIGHTS_NAME,
    total: entries.length,
    entries: entries.slice(0, WATCHLIST_SHOWN),
  };
}

/** The restaking network file checked on slashable and restaked stake, and Babylon from the store. */
async function restakingSection(
  store: Store,
  network: { file: string; input: NetworkInput },
  asOf: Day | null,
): Promise<Report['restaking']> {
  const assessment = assessNetwork(await loadSolver(), network.input, { timeLimitSeconds: 10 });
  const babylon = await loadBabylon(store, asOf);
  return {
    file: basename(network.file),
    lines: networkLines(assessment),
    table: serviceStakeTable(assessment),
    babylon: babylon ? babylonLines(babylon.security, babylon.btcPrice?.usd ?? null) : null,
  };
}
