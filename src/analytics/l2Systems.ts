import type { Day } from '../core/day.ts';
import type { BtcLayerProfile } from '../model/btc-layer.ts';
import { type PublishedL2Profile, type RiskValue, ROSETTE_SLICES } from '../model/l2-risk.ts';
import { normaliseChain } from '../model/normaliseChain.ts';
import type { Collusion, SystemFacts, SystemHistory } from '../model/system.ts';
import { assessL2 } from '../risk/l2/assessL2.ts';
import { compareWithL2beat, type L2beatDisagreement } from '../risk/l2/compareL2beat.ts';
import { type Exposure, valueWeightedExposure } from '../risk/l2/exposure.ts';
import { factsAsOf } from '../risk/l2/factsAsOf.ts';
import { assessSystem, type ExitLatency, latencyText, type SystemRisk } from '../risk/l2/systemRisk.ts';
import type { Store } from '../store/store.ts';
import { lastClose, latestStaked } from './latestFigures.ts';

/** The value a system holds and where the figure comes from. */
export type SystemValue = {
  usd: number | null;
  btc: number | null;
  source: string;
  asOf: string;
};

/** One registry system with its risk, its value, and the published ratings beside it. */
export type SystemView = SystemRisk & {
  facts: SystemFacts;
  value: SystemValue | null;
  /** Why there is no value figure, when there is none. */
  valueNote: string | null;
  /**
   * L2BEAT's published profile, and where Faultline differs from it: compared with the registry's facts as
   * of the profile's own day (`factsAsOf`), so an old profile meets the state of its time.
   */
  l2beat: {
    published: PublishedL2Profile;
    disagreements: L2beatDisagreement[];
    /** The day of the facts compared (the profile's day), or null when the registry has none that early. */
    factsAsOf: Day | null;
  } | null;
  bitcoinlayers: BtcLayerProfile | null;
};

/** Every registry system, assessed and valued, with the BTC price used to value BTC-side figures. */
export type SystemsView = { systems: SystemView[]; btcPrice: { day: Day; usd: number } | null };

/**
 * Assesses every registry system on the facts of one day (`asOf`; null: the latest reviewed state) and
 * values it from the store: L2BEAT's TVS for Ethereum L2s, bitcoinlayers.org's BTC locked (at the latest
 * stored BTC/USD close) for Bitcoin layers, and the latest month of staked BTC for a staking system. A
 * system the registry has no facts for on that day is left out. A missing figure stays missing, with the
 * reason. Plain `SystemFacts` (no history) are taken as they are.
 */
export async function loadSystems(
  store: Store,
  registry: readonly (SystemFacts | SystemHistory)[],
  asOf: Day | null = null,
): Promise<SystemsView> {
  const [profiles, layers, staking, prices] = await Promise.all([
    store.l2RiskProfiles(),
    store.btcLayerProfiles(),
    store.btcStakingMonthly(null),
    store.dailyPrices('BTC'),
  ]);
  const btcPrice = lastClose(prices);
  const toUsd = (btc: number) => (btcPrice ? btc * btcPrice.usd : null);
  const dated = registry.flatMap((f) => {
    const facts = 'history' in f ? factsAsOf(f, asOf) : f;
    return facts ? [{ facts, system: f }] : [];
  });
  const systems = dated.map(({ facts, system }): SystemView => {
    const risk = assessSystem(facts, { day: facts.asOf as Day });
    const published = profiles.find((p) => p.project === facts.l2beatId) ?? null;
    const layer = layers.find((l) => l.slug === facts.bitcoinlayersSlug) ?? null;
    let value: SystemValue | null = null;
    let valueNote: string | null = null;
    if (published) {
      value = { usd: published.tvs.totalUsd, btc: null, source: 'L2BEAT TVS', asOf: published.asOf };
    } else if (facts.btcStakingProtocol) {
      const staked = latestStaked(staking, facts.btcStakingProtocol);
      if (staked) {
        const source = `${facts.btcStakingProtocol} staked BTC (btc-staking)`;
        value = { usd: staked.usd, btc: staked.btc, source, asOf: staked.month };
      } else valueNote = `no ${facts.btcStakingProtocol} rows in the btc-staking dataset`;
    } else if (layer && layer.btcLocked !== null && layer.btcLocked > 0) {
      const source = `bitcoinlayers.org BTC locked${btcPrice ? ` × BTC/USD of ${btcPrice.day}` : ''}`;
      value = { usd: toUsd(layer.btcLocked), btc: layer.btcLocked, source, asOf: facts.since.slice(0, 7) };
    } else if (layer) {
      valueNote = 'bitcoinlayers.org gives no BTC figure (0 or not tracked)';
    } else {
      valueNote = facts.l2beatId
        ? `no stored L2BEAT profile for "${facts.l2beatId}" (import l2beat data)`
        : 'no value source for this system';
    }
    return {
      ...risk,
      facts,
      value,
      valueNote,
      l2beat: published && risk.l2 ? l2beatComparison(system, published) : null,
      bitcoinlayers: layer,
    };
  });
  return { systems, btcPrice };
}

/** L2BEAT's profile beside Faultline's evaluation of the registry facts of the profile's own day. */
function l2beatComparison(
  system: SystemFacts | SystemHistory,
  published: PublishedL2Profile,
): SystemView['l2beat'] {
  const then = 'history' in system ? factsAsOf(system, published.asOf) : system;
  if (!then?.design) return { published, disagreements: [], factsAsOf: null };
  const ours = assessL2(then.design, { day: published.asOf });
  return { published, disagreements: compareWithL2beat(ours, published), factsAsOf: published.asOf };
}

/** The value-weighted view of assessed systems, each at its USD value (null when it has none). */
export function systemsExposure(systems: readonly SystemView[]): Exposure {
  return valueWeightedExposure(systems.map((v) => ({ risk: v, valueUsd: v.value?.usd ?? null })));
}

/**
 * Finds a registry system by id, chain id or name (case-insensitive); an unknown name lists candidates.
 * @example findSystem(view.systems, 'OP Mainnet')?.id === 'op-mainnet'
 */
export function findSystem<T extends { facts: SystemFacts }>(systems: readonly T[], query: string): T | null {
  const q = query.trim().toLowerCase();
  const chain = normaliseChain(query);
  return (
    systems.find(
      (s) =>
        s.facts.id === q ||
        s.facts.chain === chain ||
        s.facts.name.toLowerCase() === q ||
        s.facts.l2beatId === q ||
        s.facts.bitcoinlayersSlug === q,
    ) ?? null
  );
}

/** A system as the CLI, the API and the report show it: the verdicts, the published ratings, the value. */
export type SystemSummary = {
  id: string;
  name: string;
  kind: SystemFacts['kind'];
  type: SystemFacts['type'];
  stack: string | null;
  daLayer: SystemFacts['daLayer'];
  /** The day the facts are taken as of. */
  asOf: string;
  /** The day from which this state of the facts holds (the latest dated registry entry on or before `asOf`). */
  since: string;
  stage: string | null;
  /** Stage 0 items not met (L2BEAT lists such a system under "Others"); null outside Ethereum L2s. */
  stagePreconditions: string[] | null;
  /** The next stage and what it lacks; null at Stage 2 or outside Ethereum L2s. */
  nextStage: { stage: string; requirements: string[]; principle: boolean } | null;
  l2beatStage: string | null;
  /** The day of the registry facts compared with L2BEAT's profile (the profile's day). */
  l2beatComparedAsOf: string | null;
  rosette: { name: string; value: string; sentiment: string; l2beat: RiskValue | null }[] | null;
  exitWindow: { seconds: number | null; value: string; sentiment: string } | null;
  steal: Collusion;
  freeze: Collusion;
  censor: Collusion;
  exitLatency: ExitLatency & { text: string };
  custody: string;
  bitcoinlayers: Pick<BtcLayerProfile, 'custody' | 'dataAvailability' | 'operators' | 'finality'> | null;
  value: SystemValue | null;
  valueNote: string | null;
  disagreements: L2beatDisagreement[];
};

/** The summary of one assessed system. */
export function systemSummary(v: SystemView): SystemSummary {
  const published = v.l2beat?.published ?? null;
  return {
    id: v.id,
    name: v.name,
    kind: v.kind,
    type: v.type,
    stack: v.facts.stack,
    daLayer: v.daLayer,
    asOf: v.facts.asOf,
    since: v.facts.since,
    stage: v.l2?.stage ?? null,
    stagePreconditions: v.l2 ? v.l2.preconditions.map((u) => u.requirement) : null,
    nextStage: v.l2?.missing
      ? {
          stage: v.l2.missing.nextStage,
          requirements: v.l2.missing.requirements.map((u) => u.requirement),
          principle: v.l2.missing.principle,
        }
      : null,
    l2beatStage: published?.stage ?? null,
    l2beatComparedAsOf: v.l2beat?.factsAsOf ?? null,
    rosette: v.l2
      ? v.l2.rosette.map((r, i) => {
          const key = ROSETTE_SLICES[i]?.[0];
          return { ...r, l2beat: published && key ? published.rosette[key] : null };
        })
      : null,
    exitWindow: v.l2?.exitWindow ?? null,
    steal: v.steal,
    freeze: v.freeze,
    censor: v.censor,
    exitLatency: { ...v.exitLatency, text: latencyText(v.exitLatency) },
    custody: v.custody,
    bitcoinlayers: v.bitcoinlayers
      ? {
          custody: v.bitcoinlayers.custody,
          dataAvailability: v.bitcoinlayers.dataAvailability,
          operators: v.bitcoinlayers.operators,
          finality: v.bitcoinlayers.finality,
        }
      : null,
    value: v.value,
    valueNote: v.valueNote,
    disagreements: v.l2beat?.disagreements ?? [],
  };
}
