import type { FactorId, FactorSpec, PROTOCOL_FACTORS } from './factors.ts';
import { riskOf } from './riskOf.ts';

/** The signals a protocol's score is made of, as of one day; null where the data cannot say. */
export type ProtocolSignals = Readonly<Record<(typeof PROTOCOL_FACTORS)[number]['id'], number | null>>;

/** Signals by factor id (a protocol's or a chain's). */
export type Signals = Readonly<Partial<Record<FactorId, number | null>>>;

/** One factor in a score: its signal, the risk it maps to, its weight and what it took off the score. */
export type ScoredFactor = {
  id: FactorId;
  label: string;
  unit: string;
  value: number | null;
  risk: number | null;
  weight: number;
  /** Points (of 100) this factor took off the score; null when its signal is unknown. */
  contribution: number | null;
  /** What the signal rests on, in words, where the factor says more than its value (which feed, day, how late). */
  detail: string | null;
};

/** A sustainability score: 0–100, higher is healthier, with every factor and the facts that drive it. */
export type SustainabilityScore = {
  subject: string;
  asOf: string;
  score: number;
  band: 'healthy' | 'fragile' | 'warning' | 'critical';
  factors: ScoredFactor[];
  /** Factors left out because their signal is unknown (the score is over the others). */
  unknown: FactorId[];
  /** The two or three facts that drive the score, in words. */
  drivers: string;
};

/** The band of a score: healthy ≥ 75, fragile ≥ 60, warning ≥ 40, critical below (fixed; the watch threshold is the backtest's). */
export function bandOf(score: number): SustainabilityScore['band'] {
  return score >= 75 ? 'healthy' : score >= 60 ? 'fragile' : score >= 40 ? 'warning' : 'critical';
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function fact(f: ScoredFactor): string {
  const v = f.value as number;
  switch (f.id) {
    case 'drawdownUsd':
      return `it is ${pct(v)} below its peak in USD`;
    case 'drawdownNative':
      return `${pct(v)} below its peak counted in ETH`;
    case 'trend30':
    case 'trend90':
    case 'trend180':
      return `its TVL ${v < 0 ? 'fell' : 'rose'} ${pct(Math.abs(v))} in ${f.id.slice(5)} days`;
    case 'decliningChains':
      return `${pct(v)} of its value sits on chains whose own TVL is falling`;
    case 'chainConcentration':
      return `${pct(v)} of its value is on one chain`;
    case 'staleness':
      return `its data stopped ${Math.round(v)} days ago`;
    case 'qualityFlags':
      return `${v} data-quality flag${v === 1 ? '' : 's'} in 90 days`;
    case 'weakL2Exposure':
      return `${pct(v)} of its value is on L2s with no exit window, no proofs or a bridge a few can take`;
    case 'netFlows90':
      return `${pct(Math.abs(v))} of its value ${v < 0 ? 'left' : 'came in'} as token flows in 90 days`;
    case 'assetConcentration':
      return `${pct(v)} of its value is one token`;
    case 'lendingStress':
      return `ETH −40% would leave bad debt of ${pct(v)} of its debt`;
    case 'incidents':
      return `${v} known incident${v === 1 ? '' : 's'} in the last year`;
    case 'earnings30':
      return `it ${v < 0 ? 'pays out more in incentives than it earns' : 'earns more than its incentives cost'} (${pct(Math.abs(v))} of fees in 30 days)`;
    case 'stuckLiquidity':
      return `${pct(v)} of its deposits are lent out and cannot be withdrawn at once`;
    case 'protocolsLeaving':
      return `${pct(v)} of its protocols left in 6 months`;
    case 'incentiveDependence':
      return `${pct(v)} of its yield is paid by incentives`;
    case 'oracleStaleness':
      return `its oracle feeds show ${f.detail ?? `${v} stale finding${v === 1 ? '' : 's'} in 90 days`}`;
  }
}

/**
 * Scores signals under weights: 100 × (1 − Σ w·risk / Σ w) over the known factors. The drivers are the
 * (at most three) factors that took the most off, in a sentence a depositor reads; `details` say what a
 * factor's signal rests on.
 * @example scoreSignals('zerolend', '2025-03-01', PROTOCOL_FACTORS, signals, DEFAULT_WEIGHTS).score
 */
export function scoreSignals(
  subject: string,
  asOf: string,
  specs: readonly FactorSpec[],
  signals: Signals,
  weights: Readonly<Partial<Record<FactorId, number>>>,
  details: Readonly<Partial<Record<FactorId, string | null>>> = {},
): SustainabilityScore {
  const weight = (id: FactorId) => weights[id] ?? 0;
  const signal = (id: FactorId) => signals[id] ?? null;
  const total = specs
    .filter((f) => riskOf(f.id, signal(f.id)) !== null)
    .reduce((s, f) => s + weight(f.id), 0);
  const factors: ScoredFactor[] = specs.map((f) => {
    const risk = riskOf(f.id, signal(f.id));
    return {
      id: f.id,
      label: f.label,
      unit: f.unit,
      value: signal(f.id),
      risk,
      weight: weight(f.id),
      contribution: risk === null || total === 0 ? null : (100 * weight(f.id) * risk) / total,
      detail: details[f.id] ?? null,
    };
  });
  const lost = factors.reduce((s, f) => s + (f.contribution ?? 0), 0);
  const score = total === 0 ? 0 : Math.max(0, 100 - lost);
  const worst = factors
    .filter((f) => (f.contribution ?? 0) >= 1)
    .sort((a, b) => (b.contribution ?? 0) - (a.contribution ?? 0))
    .slice(0, 3);
  const drivers =
    total === 0
      ? `No signal is known for ${subject} on ${asOf}.`
      : worst.length === 0
        ? `${subject} shows no warning sign on ${asOf}.`
        : `${subject} scores ${Math.round(score)}/100 on ${asOf} because ${worst.map(fact).join(', ')}.`;
  return {
    subject,
    asOf,
    score,
    band: bandOf(score),
    factors,
    unknown: factors.filter((f) => f.risk === null).map((f) => f.id),
    drivers,
  };
}
