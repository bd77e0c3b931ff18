import { type Day, daysBetween } from '../core/day.ts';
import type { ProtocolPeak } from '../model/tvl.ts';
import { EXCLUDED_CATEGORIES } from '../model/tvlMethodology.ts';
import type { Denomination } from './denominate.ts';
import type { FlowSplit } from './inflows.ts';
import { type NewestFigure, newestFigure } from './newestFigure.ts';
import type { TvlContext } from './tvlContext.ts';

/** Peak to latest in one unit (MODELS §3). */
export type DrawdownView = {
  peak: number;
  peakDay: Day;
  latest: number;
  latestDay: Day;
  /** `1 − latest/peak`, a fraction. */
  drawdown: number;
  daysSincePeak: number;
};

/**
 * What a fall was made of: `price` when the native-unit drawdown is under 30% of the USD one (the
 * tokens stayed, their price fell), `outflow` when it is over 70% (the tokens left), `both` between,
 * `none` for a USD drawdown under 5%. With token flows covering at least half the reported TVL, the
 * share of the fall that outflows explain decides instead.
 */
export type Moved = 'price' | 'outflow' | 'both' | 'none' | 'unknown';

export type DrawdownRow = {
  key: string;
  id: string;
  name: string;
  category: string | null;
  /** The USD view; its latest is the protocol-list snapshot when that is newer than the history. */
  usd: DrawdownView;
  latestFrom: 'history' | 'snapshot';
  /** The view in the unit asked for (`usd` repeats the USD view). */
  view: DrawdownView | null;
  nativeUnit: 'eth' | 'btc';
  /** The fall in ETH (BTC for Bitcoin-side protocols), on the daily history. */
  native: DrawdownView | null;
  moved: Moved;
  /** Inflows and price effect from the peak to the history's last day, where token amounts are stored. */
  flows: FlowSplit | null;
  /** Share of the reported TVL the priced tokens make up at the flow window's ends (the lower of two). */
  flowCoverage: number | null;
};

/** Token flows decide what moved only when the priced tokens are at least this share of reported TVL. */
export const MIN_FLOW_COVERAGE = 0.5;

function view(
  peak: number | null,
  peakDay: Day | null,
  latest: number | null,
  latestDay: Day,
): DrawdownView | null {
  if (peak === null || peakDay === null || latest === null || peak <= 0) return null;
  return {
    peak,
    peakDay,
    latest,
    latestDay,
    drawdown: 1 - latest / peak,
    daysSincePeak: daysBetween(peakDay, latestDay),
  };
}

/**
 * The drawdown of every counted protocol with history (parents, not their products twice; DefiLlama's
 * excluded categories such as CEX and Chain left out), ranked by the fall in the unit asked for. Only protocols whose USD peak reaches `minPeakUsd` are kept.
 */
export function drawdownTable(
  ctx: TvlContext,
  peaks: readonly ProtocolPeak[],
  unit: Denomination,
  minPeakUsd: number,
  flowsOf: (key: string, peak: ProtocolPeak) => FlowSplit | null = () => null,
): DrawdownRow[] {
  const rows: DrawdownRow[] = [];
  for (const p of peaks) {
    const entry = ctx.universe.entries.get(p.protocol);
    if (!entry || entry.coveredBy !== null || p.peakUsd <= 0 || p.peakUsd < minPeakUsd) continue;
    if (entry.category !== null && EXCLUDED_CATEGORIES.has(entry.category)) continue;
    const newest = newestFigure(entry.identity, { day: p.latestDay, usd: p.latestUsd }, ctx.snapshot);
    const { usd: latestUsd, day: latestDay } = newest as NewestFigure;
    const newHigh = latestUsd > p.peakUsd;
    const usd = view(
      newHigh ? latestUsd : p.peakUsd,
      newHigh ? latestDay : p.peakUsdDay,
      latestUsd,
      latestDay,
    ) as DrawdownView;
    const eth = view(p.peakEth, p.peakEthDay, p.latestEth, p.latestDay);
    const btc = view(p.peakBtc, p.peakBtcDay, p.latestBtc, p.latestDay);
    const nativeUnit = p.btcSideShare > 0.5 ? 'btc' : 'eth';
    const native = nativeUnit === 'btc' ? btc : eth;
    const flows = flowsOf(p.protocol, p);
    const flowCoverage = flows ? Math.min(flows.startUsd / p.peakUsd, flows.endUsd / p.latestUsd) : null;
    rows.push({
      key: p.protocol,
      id: entry.identity.id,
      name: entry.identity.name,
      category: entry.category,
      usd,
      latestFrom: (newest as NewestFigure).from,
      view: unit === 'usd' ? usd : unit === 'eth' ? eth : btc,
      nativeUnit,
      native,
      moved: moved(
        view(p.peakUsd, p.peakUsdDay, p.latestUsd, p.latestDay) as DrawdownView,
        native,
        flowCoverage !== null && flowCoverage >= MIN_FLOW_COVERAGE ? flows : null,
      ),
      flows,
      flowCoverage,
    });
  }
  return rows.sort((a, b) => (b.view?.drawdown ?? -Infinity) - (a.view?.drawdown ?? -Infinity));
}

function moved(usdHistory: DrawdownView, native: DrawdownView | null, flows: FlowSplit | null): Moved {
  if (usdHistory.drawdown < 0.05) return 'none';
  let outflowShare: number | null = null;
  if (flows && flows.deltaUsd < 0) outflowShare = Math.min(1, Math.max(0, flows.inflowsUsd / flows.deltaUsd));
  else if (native) outflowShare = Math.max(0, native.drawdown) / usdHistory.drawdown;
  if (outflowShare === null) return 'unknown';
  return outflowShare < 0.3 ? 'price' : outflowShare > 0.7 ? 'outflow' : 'both';
}
