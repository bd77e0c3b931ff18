import { addDays, type Day, type Month, monthOf } from '../core/day.ts';
import type { DailyFee } from '../model/fees.ts';
import { weakChainsOn } from '../risk/l2/weakChains.ts';
import { oracleStaleness } from '../risk/oracle/oracleStaleness.ts';
import { chainSignals } from '../risk/sustainability/chainSignals.ts';
import {
  CHAIN_FACTORS,
  CHAIN_WEIGHTS,
  type FactorId,
  PROTOCOL_FACTORS,
  type Weights,
} from '../risk/sustainability/factors.ts';
import { protocolSignals } from '../risk/sustainability/protocolSignals.ts';
import {
  type ProtocolSignals,
  type SustainabilityScore,
  scoreSignals,
} from '../risk/sustainability/scoreSignals.ts';
import { chainSeries } from './chainSeries.ts';
import { MIN_FLOW_COVERAGE } from './drawdownTable.ts';
import { splitFlows } from './inflows.ts';
import type { SustainabilityData } from './sustainabilityData.ts';

const monthBefore = (month: Month, n: number): Month => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const t = y * 12 + (m - 1) - n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}` as Month;
};

/** Fees, revenue and incentives over the 30 days to the last fee day on or before `asOf`. */
function fees30(rows: readonly DailyFee[], asOf: Day) {
  const known = rows.filter((r) => r.day <= asOf);
  const lastDay = known.reduce<Day | null>((m, r) => (m === null || r.day > m ? r.day : m), null);
  if (lastDay === null) return null;
  const sum = (kind: DailyFee['kind']) =>
    known.filter((r) => r.kind === kind && r.day > addDays(lastDay, -30)).reduce((s, r) => s + r.usd, 0);
  return {
    feesUsd: sum('dailyFees'),
    revenueUsd: sum('dailyRevenue'),
    incentivesUsd: sum('dailyIncentives'),
  };
}

/** A protocol's signals on a day, with what a score shows beside them: they do not depend on the weights. */
export type ProtocolSignalsAt = {
  id: string;
  name: string;
  asOf: Day;
  signals: ProtocolSignals;
  details: Partial<Record<FactorId, string | null>>;
};

/**
 * A protocol's signals on `asOf` from what was known that day, or null when it has no data by then.
 * Scoring them under several weight sets (the backtest) computes them once.
 * @example protocolSignalsAt(data, 'zerolend', '2025-03-01')?.signals.drawdownUsd
 */
export function protocolSignalsAt(data: SustainabilityData, id: string, asOf: Day): ProtocolSignalsAt | null {
  const p = data.protocols.get(id);
  if (!p) return null;
  const series = p.series.filter((x) => x.day <= asOf);
  if (series.length === 0) return null;
  const month = monthBefore(monthOf(asOf), 1);
  const chains = data.chainMix.get(id)?.get(month) ?? [];
  const chainChange90 = new Map<string, number>();
  for (const c of chains) {
    const months = data.chainTotals.get(c.chain);
    const now = months?.get(month);
    const before = months?.get(monthBefore(month, 3));
    if (now !== undefined && before !== undefined && before > 0) chainChange90.set(c.chain, now / before - 1);
  }
  const last = series.at(-1) as { day: Day; usd: number };
  const balances = (data.balances.get(id) ?? []).filter((b) => b.day <= asOf);
  const from = addDays(last.day, -90);
  const split = balances.length > 0 ? splitFlows(balances, data.price, from, last.day) : null;
  const startTvl = series.filter((x) => split !== null && x.day <= split.from).at(-1)?.usd ?? null;
  const lastBalanceDay = balances.reduce<Day | null>((m, b) => (m === null || b.day > m ? b.day : m), null);
  const tokens = new Map<string, number>();
  for (const b of balances) {
    const p = b.day === lastBalanceDay ? data.price(b.token, b.day) : null;
    if (p !== null) tokens.set(b.token, (tokens.get(b.token) ?? 0) + b.amount * p);
  }
  const signals = protocolSignals({
    asOf,
    series,
    ethClose: data.ethClose,
    chains,
    chainChange90,
    flagDays: data.flagDays.get(id) ?? [],
    weakChains: weakChainsOn(data.weakChains, asOf),
    flows:
      split && startTvl && split.startUsd >= MIN_FLOW_COVERAGE * startTvl
        ? { inflowsUsd: split.inflowsUsd, startUsd: split.startUsd }
        : null,
    tokens: [...tokens].map(([token, usd]) => ({ token, usd })),
    lendingStress: data.lendingStress.get(id) ?? null,
    incidentDays: data.incidents.get(id) ?? [],
    borrowedUsd: data.borrowed.get(id)?.get(last.day) ?? null,
    fees30: fees30(data.fees.get(id) ?? [], asOf),
    incentiveShares: data.incentives.get(id) ?? [],
    oracleDays: data.oracle.get(id) ?? [],
  });
  const oracle = oracleStaleness(asOf, data.oracle.get(id) ?? []);
  const basis = (data.oracleBasis.get(id) ?? []).join(', and ');
  return {
    id,
    name: p.name,
    asOf,
    signals,
    details: {
      oracleStaleness: oracle.detail === null ? null : `${oracle.detail}; relied on because ${basis}`,
    },
  };
}

/** The score of signals under one weight set. */
export function scoreProtocolSignals(s: ProtocolSignalsAt, weights: Weights): SustainabilityScore {
  return scoreSignals(s.name, s.asOf, PROTOCOL_FACTORS, s.signals, weights, s.details);
}

/**
 * A protocol's score on `asOf` from what was known that day, or null when it has no data by then.
 * @example protocolScoreAt(data, 'zerolend', '2025-03-01', DEFAULT_WEIGHTS)?.score
 */
export function protocolScoreAt(
  data: SustainabilityData,
  id: string,
  asOf: Day,
  weights: Weights,
): SustainabilityScore | null {
  const s = protocolSignalsAt(data, id, asOf);
  return s && scoreProtocolSignals(s, weights);
}

/**
 * A chain's ghost-chain score on `asOf` (published weights, CHAIN_WEIGHTS): its TVL series up to that
 * day (DefiLlama's published total where stored, else the stored protocols' sum) and its protocols'
 * values 6 months apart at complete month ends.
 */
export async function chainScoreAt(
  data: SustainabilityData,
  chain: string,
  asOf: Day,
): Promise<SustainabilityScore> {
  const series = await chainSeries(data.tvl, chain, asOf);
  const now = monthBefore(monthOf(asOf), 1);
  const before = monthBefore(now, 6);
  const protocols = [...data.chainMix.values()].map((months) => ({
    before: months.get(before)?.find((c) => c.chain === series.chain)?.usd ?? 0,
    now: months.get(now)?.find((c) => c.chain === series.chain)?.usd ?? 0,
  }));
  const signals = chainSignals({
    asOf,
    series: series.points.filter((p) => p.day <= asOf).map((p) => ({ day: p.day, usd: p.value })),
    protocols,
  });
  return scoreSignals(series.label, asOf, CHAIN_FACTORS, signals, CHAIN_WEIGHTS);
}
