import { addDays, type Day } from '../../core/day.ts';
import type { Signals } from './scoreSignals.ts';

/** What a chain's ghost-chain signals are computed from, all known on `asOf`. */
export type ChainSignalInput = {
  asOf: Day;
  /** The chain's daily TVL (USD), sorted, up to `asOf`. */
  series: readonly { day: Day; usd: number }[];
  /** Each protocol's value on the chain 6 months before and now (USD), at complete month ends. */
  protocols: readonly { before: number; now: number }[];
};

/** A protocol counts on a chain 6 months before when it held at least this there (USD). */
export const MIN_PROTOCOL_USD = 100_000;

/**
 * A chain's ghost-chain signals: drawdown from its all-time high, its 6-month change, and the share of
 * the protocols that held ≥ $100k on it 6 months before and now keep under 10% of that.
 */
export function chainSignals(input: ChainSignalInput): Signals {
  const { series, asOf } = input;
  const last = series.at(-1);
  const peak = series.reduce((m, p) => Math.max(m, p.usd), 0);
  let base: number | null = null;
  for (const p of series) if (p.day <= addDays(asOf, -180)) base = p.usd;
  const counted = input.protocols.filter((p) => p.before >= MIN_PROTOCOL_USD);
  return {
    drawdownUsd: last && peak > 0 ? 1 - last.usd / peak : null,
    trend180: last && base !== null && base > 0 ? last.usd / base - 1 : null,
    protocolsLeaving:
      counted.length === 0 ? null : counted.filter((p) => p.now < 0.1 * p.before).length / counted.length,
  };
}
