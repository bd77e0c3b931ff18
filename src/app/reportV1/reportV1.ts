import type { MarketConcentration } from '../../analytics/concentration.ts';
import type { HealthFactorSummary } from '../../analytics/healthFactors.ts';
import type { L2ShareMonth } from '../../analytics/l2Share.ts';
import type { SystemSummary, SystemsView } from '../../analytics/l2Systems.ts';
import type { LendingStressView } from '../../analytics/lendingStressView.ts';
import type { ProtocolDrawdown } from '../../analytics/protocolDrawdowns.ts';
import type { WatchlistEntry } from '../../analytics/watchlist.ts';
import type { Day } from '../../core/day.ts';
import type { BtcLayerProfile } from '../../model/btc-layer.ts';
import type { L2RiskProfile } from '../../model/l2-risk.ts';
import type { Exposure } from '../../risk/l2/exposure.ts';
import type { QualityFlag } from '../../store/store.ts';
import type { DatasetStatus } from '../datasetStatuses.ts';

/** The stable identifier of the report's JSON schema; bumped on any breaking change. */
export const REPORT_SCHEMA = 'faultline.report/v1';

/** One dataset's coverage: what is in the store, from which files, and what to beware of. */
export type CoverageRow = Omit<DatasetStatus, 'kind'>;

/** A market's concentration, with what it was measured on. */
/** A market's concentration as the report shows it. */
export type ConcentrationRow = MarketConcentration;

/** The ecosystem report as data: every renderer (text, md, json, html) draws from this. */
export type Report = {
  schema: typeof REPORT_SCHEMA;
  generatedAt: string;
  /** The cut-off day, or null for "everything in the store". */
  asOf: Day | null;
  coverage: CoverageRow[];
  l1VsL2: { months: L2ShareMonth[] };
  drawdowns: { minPeakUsd: number; rows: ProtocolDrawdown[] };
  concentration: ConcentrationRow[];
  l2Risks: { asOf: string | null; rows: L2RiskProfile[] };
  btcLayers: { asOf: string | null; rows: BtcLayerProfile[] };
  /** Faultline's own evaluation of the registry systems, and the value-weighted view. */
  systems: { rows: SystemSummary[]; exposure: Exposure; btcPrice: SystemsView['btcPrice'] };
  lending: {
    market: string;
    asOf: string;
    summary: HealthFactorSummary;
    caveat: string;
    /** Shock scenarios and one-day VaR / LaR on the market's book. */
    stress: LendingStressView;
  } | null;
  /** The restaking network file checked (its verdicts, stake table and assumptions) and Babylon's facts. */
  restaking: {
    file: string;
    lines: string[];
    table: { head: string[]; rows: string[][] };
    babylon: string[] | null;
  };
  qualityFlags: QualityFlag[];
  /** Protocols scoring below the watch threshold on `asOf` (or the history's last day), worst first. */
  watchlist: {
    asOf: string | null;
    threshold: number;
    weights: string;
    total: number;
    entries: WatchlistEntry[];
  };
};
