import { classify } from '../model/tvlMethodology.ts';
import type { ProtocolIdentity, ProtocolIndex } from './protocolIdentity.ts';

/** A protocol key with stored history, as aggregate figures see it. */
export type UniverseEntry = {
  key: string;
  identity: ProtocolIdentity;
  /** The category the TVL rules use: its own, or for a parent, that of its largest product. */
  category: string | null;
  /** Class bits (double counted, liquid staking, excluded, bridge). */
  cls: number;
  /** Another key with history is its parent (or the parent's alias): aggregates count that one instead. */
  coveredBy: string | null;
};

/** Every key with stored history, classified for chain, layer and category figures. */
export type TvlUniverse = {
  entries: ReadonlyMap<string, UniverseEntry>;
  /** Keys summed in aggregates: those no other key with history already contains. */
  counted: readonly string[];
  /** The others: products whose parent's history holds them. */
  covered: readonly string[];
  /** Class bits of the counted keys, for the store. */
  classes: ReadonlyMap<string, number>;
};

/**
 * Classifies the keys with history. A parent's history (DefiLlama `/protocol/aave`) already holds its
 * products' (`aave-v3`), so where both have history the product is left out of aggregates: summing
 * both would count the same deposits twice.
 */
export function tvlUniverse(index: ProtocolIndex, keys: readonly string[]): TvlUniverse {
  const identities = keys.map((key) => [key, index.forKey(key)] as const);
  const byMemberSlug = new Map<string, string>();
  for (const [key, identity] of identities) {
    if (identity.members.length > 1 || identity.members[0]?.slug !== identity.id) {
      for (const m of identity.members) byMemberSlug.set(m.slug, key);
    }
  }
  const entries = new Map<string, UniverseEntry>();
  for (const [key, identity] of identities) {
    const parentKey = byMemberSlug.get(identity.id);
    const category = ruleCategory(identity);
    entries.set(key, {
      key,
      identity,
      category,
      cls: classify(category),
      coveredBy: parentKey !== undefined && parentKey !== key ? parentKey : null,
    });
  }
  const counted = [...entries.values()].filter((e) => e.coveredBy === null).map((e) => e.key);
  return {
    entries,
    counted,
    covered: [...entries.values()].filter((e) => e.coveredBy !== null).map((e) => e.key),
    classes: new Map(counted.map((k) => [k, (entries.get(k) as UniverseEntry).cls])),
  };
}

/** A parent's category for the rules: its largest product's (by snapshot TVL). */
function ruleCategory(identity: ProtocolIdentity): string | null {
  if (identity.category !== 'Parent') return identity.category;
  const largest = [...identity.members].sort((a, b) => (b.tvlUsd ?? 0) - (a.tvlUsd ?? 0))[0];
  return largest?.category ?? null;
}
