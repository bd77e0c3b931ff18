import { addDays, type Day, daysBetween } from '../../core/day.ts';
import { type FeedDay, oracleStaleness } from '../oracle/oracleStaleness.ts';
import type { ProtocolSignals } from './scoreSignals.ts';

/** Everything a protocol's signals are computed from, all of it known on `asOf` (nothing later). */
export type SignalInput = {
  asOf: Day;
  /** The protocol's daily core TVL (USD), sorted by day, up to `asOf`. */
  series: readonly { day: Day; usd: number }[];
  /** ETH/USD daily closes. */
  ethClose: ReadonlyMap<Day, number>;
  /** The protocol's value per chain at the last complete month before `asOf` (USD). */
  chains: readonly { chain: string; usd: number }[];
  /** Each chain's own 90-day TVL change at that month (−0.3 = fell 30%); missing: unknown. */
  chainChange90: ReadonlyMap<string, number>;
  /** Days of the protocol's data-quality flags. */
  flagDays: readonly Day[];
  /** Chains whose L2 or bridge is weak: no exit window, no proofs, or a bridge held by a few. */
  weakChains: ReadonlySet<string>;
  /** Token flows over the 90 days to the last data point (inflows and the priced value at the start, USD),
   * where token amounts are stored and priced for at least half the value; else null. */
  flows: { inflowsUsd: number; startUsd: number } | null;
  /** Priced holdings per token on the last stored balance day (USD); empty when none are stored. */
  tokens: readonly { token: string; usd: number }[];
  /** A lending book's bad debt under ETH −40% as a share of its debt, known from `day` on. */
  lendingStress: { day: Day; badDebtShare: number } | null;
  /** Fees, revenue and incentives over the 30 days to the last fee day (USD); null when none are stored. */
  fees30: { feesUsd: number; revenueUsd: number; incentivesUsd: number } | null;
  /** A lending protocol's borrowed value on the last data day (USD); null when it reports none. */
  borrowedUsd: number | null;
  /** Days of the protocol's known incidents (none listed: the signal is unknown). */
  incidentDays: readonly Day[];
  /** The share of its pools' yield paid by incentives (risk/yield/yieldMix.ts) on each day with yield data, oldest first. */
  incentiveShares: readonly { day: Day; share: number }[];
  /** The oracle feeds it relies on, as observed day by day, with their stale findings (risk/oracle). */
  oracleDays: readonly FeedDay[];
};

/** An incentive share older than this (days before `asOf`) no longer says how the yield is paid. */
export const INCENTIVE_SHARE_MAX_AGE_DAYS = 90;

/** A chain counts as declining when its own TVL fell more than this over 90 days. */
export const DECLINING_CHAIN_CHANGE = -0.2;

function valueOn(series: SignalInput['series'], day: Day): number | null {
  let found: number | null = null;
  for (const p of series) {
    if (p.day > day) break;
    found = p.usd;
  }
  return found;
}

function drawdown(values: readonly number[]): number | null {
  const last = values.at(-1);
  if (last === undefined) return null;
  const peak = Math.max(...values);
  return peak > 0 ? 1 - last / peak : null;
}

/**
 * A protocol's signals on `asOf`: drawdowns from peak in USD and in ETH, 30/90/180-day changes to its
 * last data point, the
 * share of its value on declining chains, its largest chain's share, days since its data stopped,
 * flags in the last 90 days, the share on weak L2s, net token flows (price moves excluded), the largest
 * token's share, a lending book's bad debt under stress once that book is known, incidents in a year,
 * the share of its yield paid by incentives, and stale-oracle findings on its feeds in 90 days.
 */
export function protocolSignals(input: SignalInput): ProtocolSignals {
  const { asOf, series } = input;
  const last = series.at(-1);
  // Changes end at the last data point: a history that stopped is judged on its last known move (and
  // on its staleness), not on a flat line carried to `asOf`.
  const change = (days: number) => {
    if (!last || (series[0] as { day: Day }).day > addDays(last.day, -days)) return null;
    const base = valueOn(series, addDays(last.day, -days));
    return base && base > 0 ? last.usd / base - 1 : null;
  };
  const inEth = series
    .map((p) => {
      const price = input.ethClose.get(p.day);
      return price ? p.usd / price : null;
    })
    .filter((v): v is number => v !== null);
  const total = input.chains.reduce((s, c) => s + c.usd, 0);
  const share = (pick: (c: { chain: string; usd: number }) => boolean) =>
    total > 0 ? input.chains.filter(pick).reduce((s, c) => s + c.usd, 0) / total : null;
  const tokenTotal = input.tokens.reduce((sum, t) => sum + t.usd, 0);
  const knownTrend = input.chains.filter((c) => input.chainChange90.has(c.chain));
  return {
    drawdownUsd: drawdown(series.map((p) => p.usd)),
    drawdownNative: drawdown(inEth),
    trend30: change(30),
    trend90: change(90),
    trend180: change(180),
    decliningChains:
      knownTrend.length === 0
        ? null
        : share((c) => (input.chainChange90.get(c.chain) ?? 0) < DECLINING_CHAIN_CHANGE),
    chainConcentration: total > 0 ? Math.max(...input.chains.map((c) => c.usd)) / total : null,
    staleness: last ? daysBetween(last.day, asOf) : null,
    qualityFlags: input.flagDays.filter((d) => d <= asOf && d > addDays(asOf, -90)).length,
    weakL2Exposure: share((c) => input.weakChains.has(c.chain)),
    netFlows90:
      input.flows && input.flows.startUsd > 0 ? input.flows.inflowsUsd / input.flows.startUsd : null,
    assetConcentration: tokenTotal > 0 ? Math.max(...input.tokens.map((t) => t.usd)) / tokenTotal : null,
    lendingStress:
      input.lendingStress && input.lendingStress.day <= asOf ? input.lendingStress.badDebtShare : null,
    earnings30:
      input.fees30 && input.fees30.feesUsd > 0
        ? (input.fees30.revenueUsd - input.fees30.incentivesUsd) / input.fees30.feesUsd
        : null,
    stuckLiquidity:
      last && input.borrowedUsd !== null && last.usd + input.borrowedUsd > 0
        ? input.borrowedUsd / (last.usd + input.borrowedUsd)
        : null,
    // Known where yield data exists (its newest day within 90 days); otherwise unknown, never safe.
    incentiveDependence:
      input.incentiveShares
        .filter((x) => x.day <= asOf && daysBetween(x.day, asOf) <= INCENTIVE_SHARE_MAX_AGE_DAYS)
        .at(-1)?.share ?? null,
    // Known where a feed it relies on was observed in the 90 days; otherwise unknown, never "on time".
    oracleStaleness: oracleStaleness(asOf, input.oracleDays).findings,
    // The incident list is not exhaustive: a protocol it does not mention is unknown, not safe.
    incidents:
      input.incidentDays.length === 0
        ? null
        : input.incidentDays.filter((d) => d <= asOf && d > addDays(asOf, -365)).length,
  };
}
