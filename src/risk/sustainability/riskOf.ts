import type { FactorId } from './factors.ts';

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Each factor's signal as a risk in [0, 1] (null stays null: unknown). Falls are risks in proportion
 * (a 60% drawdown is 0.6); a 30-day fall counts double, since it is that much faster; the largest chain
 * above half of the value is a risk from 0 (half) to 1 (all), and so is the largest token; money
 * leaving is a risk in proportion, and so are incentives paid beyond revenue (earnings below zero, as a
 * share of fees); bad debt of 10% of a book's debt under ETH −40% is the worst; one
 * incident in a year is the worst; utilisation above 80% is a risk up to 1 when all of it is lent out; a
 * yield paid more than 20% by incentives is a risk reaching 1 at 80% (the part that stops when they do); staleness reaches 1 at 30 days; three flags in 90 days are the worst, and so are three stale-oracle
 * findings (a feed past its heartbeat plus the latency grace) in 90 days.
 */
export function riskOf(id: FactorId, signal: number | null): number | null {
  if (signal === null || !Number.isFinite(signal)) return null;
  switch (id) {
    case 'drawdownUsd':
    case 'drawdownNative':
    case 'decliningChains':
    case 'weakL2Exposure':
    case 'protocolsLeaving':
      return clamp(signal);
    case 'trend30':
      return clamp(-2 * signal);
    case 'trend90':
    case 'trend180':
      return clamp(-signal);
    case 'chainConcentration':
    case 'assetConcentration':
      return clamp((signal - 0.5) / 0.5);
    case 'stuckLiquidity':
      return clamp((signal - 0.8) / 0.2);
    case 'incentiveDependence':
      return clamp((signal - 0.2) / 0.6);
    case 'earnings30':
    case 'netFlows90':
      return clamp(-signal);
    case 'lendingStress':
      return clamp(signal / 0.1);
    case 'incidents':
      return clamp(signal);
    case 'staleness':
      return clamp(signal / 30);
    case 'qualityFlags':
    case 'oracleStaleness':
      return clamp(signal / 3);
  }
}
