import type { Day } from '../../core/day.ts';
import { interestRates, type RateModel } from '../lending/interestRate.ts';
import { impliedUtilisation } from './lendingIdentity.ts';
import { spreadOf } from './spread.ts';

/** A reserve's observed rates on one day: APRs as fractions; the reserve factor null where unknown. */
export type ObservedRates = {
  day: Day;
  supplyRate: number;
  borrowRate: number;
  reserveFactor: number | null;
};

/** A strategy as a report states it, from `asOf` on (fractions a year; bps in the v3.2+ contracts). */
export type StatedStrategy = RateModel & { asOf: Day; source: string };

/** A modelled borrow rate within this of the observed one counts as a match (1 bp a year; the file rounds to 1e-6). */
export const MATCH_TOLERANCE = 1e-4;

/** How a stated strategy reproduces a reserve's observed rates. Errors are borrow-rate APR differences (fractions). */
export type RateModelCheck = {
  strategy: StatedStrategy;
  /** Days with rates from the strategy's day on. */
  days: number;
  /** Days the utilisation could be implied (a borrow rate, a known reserve factor below 100%, U ≤ 1). */
  checked: number;
  /** Days whose rates and reserve factor imply a utilisation above 100%: inconsistent data. */
  inconsistent: number;
  matched: number;
  absError: { median: number; p90: number; max: number } | null;
  /** The first run of matching days: while the stated strategy is the one in force. */
  matchedFrom: Day | null;
  matchedThrough: Day | null;
  /** The first checked day after that run that does not match: the strategy changed on or before it. */
  changedBy: Day | null;
  /** The last matching day (later than the run when a change left part of the curve, e.g. below the kink, as it was). */
  lastMatched: Day | null;
  /** Whether the daily file's reserve factor equals the report's on the last matched (else first checked) day. */
  reserveFactorAgrees: boolean | null;
  /** Each checked day: implied utilisation, observed and modelled borrow rate. */
  series: { day: Day; utilisation: number; observed: number; modelled: number }[];
};

/**
 * Checks Faultline's rate model (risk/lending/interestRate.ts, Aave's DefaultReserveInterestRateStrategy)
 * against a reserve's observed rates: each day's utilisation is implied from its supply rate, borrow
 * rate and reserve factor, the strategy's borrow rate at that utilisation is modelled, and the two are
 * compared. The reserve factor of the rate model is the day's own (the strategy sets only the curve).
 * @example checkRateModel(lineaUsdcDays, { asOf: '2025-01-21', baseRate: 0, slope1: 0.055, slope2: 0.6, optimalUtilization: 0.9, reserveFactor: 0.1, source: 'report' }).matchedThrough // '2025-08-15'
 */
export function checkRateModel(days: readonly ObservedRates[], strategy: StatedStrategy): RateModelCheck {
  const inScope = [...days].filter((d) => d.day >= strategy.asOf).sort((a, b) => a.day.localeCompare(b.day));
  const series: RateModelCheck['series'] = [];
  let inconsistent = 0;
  for (const d of inScope) {
    if (d.reserveFactor === null) continue;
    const u = impliedUtilisation(d.supplyRate, d.borrowRate, d.reserveFactor);
    if (u === null) continue;
    if (u > 1 + MATCH_TOLERANCE) {
      inconsistent++;
      continue;
    }
    const modelled = interestRates(Math.min(u, 1), {
      ...strategy,
      reserveFactor: d.reserveFactor,
    }).borrowRate;
    series.push({ day: d.day, utilisation: u, observed: d.borrowRate, modelled });
  }
  const errors = series.map((s) => Math.abs(s.modelled - s.observed));
  const spread = spreadOf(errors);
  const ok = (i: number) => (errors[i] as number) <= MATCH_TOLERANCE;
  const first = errors.findIndex((_, i) => ok(i));
  let last = first;
  while (first >= 0 && last + 1 < series.length && ok(last + 1)) last++;
  const anchor = inScope.find((d) => d.day === (first >= 0 ? series[last]?.day : series[0]?.day));
  return {
    strategy,
    days: inScope.length,
    checked: series.length,
    inconsistent,
    matched: errors.filter((e) => e <= MATCH_TOLERANCE).length,
    absError: spread ? { median: spread.median, p90: spread.p90, max: Math.max(...errors) } : null,
    matchedFrom: first >= 0 ? (series[first]?.day ?? null) : null,
    matchedThrough: first >= 0 ? (series[last]?.day ?? null) : null,
    changedBy: first >= 0 ? (series[last + 1]?.day ?? null) : null,
    lastMatched: series.filter((_, i) => ok(i)).at(-1)?.day ?? null,
    reserveFactorAgrees:
      anchor?.reserveFactor === undefined || anchor.reserveFactor === null
        ? null
        : Math.abs(anchor.reserveFactor - strategy.reserveFactor) < 1e-9,
    series,
  };
}
