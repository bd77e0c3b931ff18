import type { DaLayer } from '../../model/system.ts';
import type { RiskFlags, SystemRisk } from './systemRisk.ts';

/** A system and the value it holds in USD (null when no source gives one). */
export type ValuedSystem = { risk: SystemRisk; valueUsd: number | null };

/** Value sitting on systems with one weakness. */
export type ExposureBucket = {
  key: keyof RiskFlags | 'singlePartySteal';
  label: string;
  usd: number;
  /** Of the value of every valued system. */
  share: number;
  systems: string[];
  /** Systems with the weakness but no value figure. */
  unvalued: string[];
};

/** Value whose data sits on one DA layer. */
export type DaAttribution = { daLayer: DaLayer; usd: number; share: number; systems: string[] };

/** The value-weighted view: how much value sits behind each weakness, and what each DA layer secures. */
export type Exposure = {
  totalUsd: number;
  valued: number;
  unvalued: string[];
  buckets: ExposureBucket[];
  daLayers: DaAttribution[];
  /** Systems whose users' funds do not depend on the layer's data (self-custodied stake). */
  notDaDependent: string[];
};

const BUCKETS: readonly { key: ExposureBucket['key']; label: string }[] = [
  { key: 'exitWindowNone', label: 'exit window None (upgrades outpace exits)' },
  { key: 'proofsAbsent', label: 'no proof of state validity' },
  { key: 'daOffchain', label: 'data off the settlement chain' },
  { key: 'federatedBridge', label: 'bridge held by a federation, signer set or custodian' },
  { key: 'singlePartySteal', label: 'one party alone can steal' },
];

/**
 * Sums value by weakness and by DA layer. Shares are of the total value of systems with a figure;
 * systems without one are listed, never counted as zero. Pure.
 * @example valueWeightedExposure(systems).buckets[0] // { key: 'exitWindowNone', usd: 1.2e10, ... }
 */
export function valueWeightedExposure(systems: readonly ValuedSystem[]): Exposure {
  const valued = systems.filter((s) => s.valueUsd !== null);
  const totalUsd = valued.reduce((sum, s) => sum + (s.valueUsd ?? 0), 0);
  const share = (usd: number) => (totalUsd > 0 ? usd / totalUsd : 0);
  const has = (s: ValuedSystem, key: ExposureBucket['key']) =>
    key === 'singlePartySteal'
      ? s.risk.steal.status === 'parties' && s.risk.steal.parties === 1
      : s.risk.flags[key] === true;
  const buckets = BUCKETS.map(({ key, label }) => {
    const hit = systems.filter((s) => has(s, key));
    const usd = hit.reduce((sum, s) => sum + (s.valueUsd ?? 0), 0);
    return {
      key,
      label,
      usd,
      share: share(usd),
      systems: hit.filter((s) => s.valueUsd !== null).map((s) => s.risk.id),
      unvalued: hit.filter((s) => s.valueUsd === null).map((s) => s.risk.id),
    };
  });
  const byDa = new Map<DaLayer, DaAttribution>();
  for (const s of valued) {
    if (s.risk.flags.daOffchain === null) continue;
    const row = byDa.get(s.risk.daLayer) ?? { daLayer: s.risk.daLayer, usd: 0, share: 0, systems: [] };
    row.usd += s.valueUsd ?? 0;
    row.systems.push(s.risk.id);
    byDa.set(s.risk.daLayer, row);
  }
  const daLayers = [...byDa.values()]
    .map((r) => ({ ...r, share: share(r.usd) }))
    .sort((a, b) => b.usd - a.usd);
  return {
    totalUsd,
    valued: valued.length,
    unvalued: systems.filter((s) => s.valueUsd === null).map((s) => s.risk.id),
    buckets,
    daLayers,
    notDaDependent: systems.filter((s) => s.risk.flags.daOffchain === null).map((s) => s.risk.id),
  };
}
