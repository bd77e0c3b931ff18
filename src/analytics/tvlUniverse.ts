import { CLASS, classify, DOUBLECOUNTED_CATEGORIES } from '../model/tvlMethodology.ts';
import {
  coveringKeys,
  largestMember,
  type ProtocolIdentity,
  type ProtocolIndex,
} from './protocolIdentity.ts';

/** A protocol key with stored history, as aggregate figures see it. */
export type UniverseEntry = {
  key: string;
  identity: ProtocolIdentity;
  /** The category the TVL rules use: its own, or for a parent, that of its largest product. */
  category: string | null;
  /** Class bits (double counted, liquid staking, excluded, bridge). */
  cls: number;
  /** Why it is double counted: its category, or its adapter's flag and where that comes from; null when it is not. */
  doublecountedBy: string | null;
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
 * both would count the same deposits twice. A key's class follows DefiLlama's `isDoubleCounted` with its
 * identity's category (a parent's: its largest product's) and that product's adapter flag.
 */
export function tvlUniverse(index: ProtocolIndex, keys: readonly string[]): TvlUniverse {
  const covering = coveringKeys(index, keys);
  const entries = new Map<string, UniverseEntry>();
  for (const key of keys) {
    const identity = index.forKey(key);
    const rule = identity.parent ? largestMember(identity.members) : identity.members[0];
    const cls = classify(identity.category, rule?.doublecounted ?? null);
    const byCategory = identity.category !== null && DOUBLECOUNTED_CATEGORIES.has(identity.category);
    entries.set(key, {
      key,
      identity,
      category: identity.category,
      cls,
      doublecountedBy:
        (cls & CLASS.doublecounted) === 0
          ? null
          : byCategory
            ? `category ${identity.category}`
            : `adapter flag of ${rule?.name ?? key} (${rule?.doublecountedSource ?? 'source not recorded'})`,
      coveredBy: covering.get(key) ?? null,
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
