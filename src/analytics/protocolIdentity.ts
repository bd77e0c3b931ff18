import { ValidationError } from '../core/errors.ts';
import { slugify } from '../model/protocol.ts';
import { PARENT_OVERRIDES, PROTOCOL_ALIASES } from '../model/protocolAliases.ts';

/** One protocol as Faultline knows it across sources. */
export type ProtocolIdentity = {
  /** Canonical slug (DefiLlama convention). */
  id: string;
  name: string;
  /**
   * Its DefiLlama category; for a parent of several products, the category of its largest product by
   * snapshot TVL (DefiLlama lists parents without one of their own), so no row reads "Parent".
   */
  category: string | null;
  /** Whether the identity is a parent grouping several products (DefiLlama `parentProtocol`). */
  parent: boolean;
  /** Snapshot entries that make up this protocol: itself, or its children under a parent. */
  members: Named[];
  /** Keys other sources use for it (history slugs, file prefixes). */
  keys: string[];
};

export type ProtocolIndex = {
  /** The identity a source key belongs to (creating a standalone one for an unknown key). */
  forKey(key: string): ProtocolIdentity;
  /** Resolves a user's query by slug, name or alias; ambiguous or unknown queries get a clear error. */
  resolve(query: string): ProtocolIdentity;
  all(): ProtocolIdentity[];
};

/**
 * A protocol as the snapshot lists it: TVL in USD when the snapshot gives one, and its adapter's own
 * `doublecounted` flag when known (DefiLlama `/protocols`, or the sourced registry list; null: not known).
 */
export type Named = {
  slug: string;
  name: string;
  category: string | null;
  tvlUsd?: number | null;
  doublecounted?: boolean | null;
  /** Where `doublecounted` comes from (an adapter line, or DefiLlama `/protocols`). */
  doublecountedSource?: string | null;
};

/**
 * Resolves protocol slugs and names from different sources to one protocol: an exact slug match, a
 * curated alias, or a parent whose children's slugs extend it (`zerolend` ↔ `zerolend-lending`,
 * `zerolend-vaults`, named by their common prefix `ZeroLend`).
 */
export function buildProtocolIndex(snapshot: readonly Named[], keys: readonly string[]): ProtocolIndex {
  const bySlug = new Map(snapshot.map((s) => [s.slug, s]));
  const identities = new Map<string, ProtocolIdentity>();
  const keyToId = new Map<string, string>();

  const ensure = (id: string, make: () => ProtocolIdentity) =>
    identities.get(id) ?? (identities.set(id, make()).get(id) as ProtocolIdentity);

  const forKey = (key: string): ProtocolIdentity => {
    const known = keyToId.get(key);
    if (known) return identities.get(known) as ProtocolIdentity;
    const slug = PROTOCOL_ALIASES[key] ?? slugify(key);
    const exact = bySlug.get(slug);
    let identity: ProtocolIdentity;
    if (exact) {
      identity = ensure(slug, () => ({
        id: slug,
        name: exact.name,
        category: exact.category,
        parent: false,
        members: [exact],
        keys: [],
      }));
    } else {
      const override = PARENT_OVERRIDES[slug];
      const bySlugs = (slugs: readonly string[]) =>
        slugs.map((s) => bySlug.get(s)).filter((s) => s !== undefined);
      const children = override?.members
        ? bySlugs(override.members)
        : [
            ...snapshot.filter((s) => s.slug.startsWith(`${slug}-`)),
            ...bySlugs(override?.extraMembers ?? []),
          ];
      identity = ensure(slug, () => ({
        id: slug,
        name:
          parentName(
            slug,
            children.map((c) => c.name),
          ) ?? key,
        category: override?.category ?? largestMember(children)?.category ?? null,
        parent: children.length > 1,
        members: children,
        keys: [],
      }));
    }
    if (!identity.keys.includes(key)) identity.keys.push(key);
    keyToId.set(key, identity.id);
    return identity;
  };

  for (const key of keys) forKey(key);

  return {
    forKey,
    all: () => [...identities.values()],
    resolve(query) {
      const q = query.trim().toLowerCase();
      const fromKey = keyToId.get(query) ?? keyToId.get(q);
      if (fromKey) return identities.get(fromKey) as ProtocolIdentity;
      const slug = PROTOCOL_ALIASES[q] ?? slugify(q);
      const direct = identities.get(slug);
      if (direct) return direct;
      const named = [...identities.values()].filter(
        (i) =>
          i.name.toLowerCase() === q || i.members.some((m) => m.name.toLowerCase() === q || m.slug === slug),
      );
      if (named.length === 1) return named[0] as ProtocolIdentity;
      if (bySlug.has(slug)) return forKey(slug);
      const candidates = (
        named.length > 1
          ? named
          : [...identities.values()].filter((i) => i.id.includes(slug) || i.name.toLowerCase().includes(q))
      )
        .map((i) => `${i.name} (${i.id})`)
        .slice(0, 10);
      const reason = named.length > 1 ? `ambiguous protocol "${query}"` : `unknown protocol "${query}"`;
      throw new ValidationError(
        candidates.length > 0 ? `${reason}; candidates: ${candidates.join(', ')}` : reason,
        { field: 'protocol' },
      );
    },
  };
}

/** The member with the largest snapshot TVL (unknown TVL counts as none; ties keep the listed order). */
export function largestMember(members: readonly Named[]): Named | undefined {
  return members.reduce<Named | undefined>(
    (best, m) => (best === undefined || (m.tvlUsd ?? 0) > (best.tvlUsd ?? 0) ? m : best),
    undefined,
  );
}

/**
 * For each key with history whose identity a parent key with history already contains (DefiLlama's
 * `/protocol/aave` holds `aave-v3`), that parent key: one row per protocol identity, the parent's,
 * wherever figures are listed or summed. Keys absent from the map stand for themselves.
 * @example coveringKeys(index, ['aave', 'aave-v3']).get('aave-v3') === 'aave'
 */
export function coveringKeys(index: ProtocolIndex, keys: readonly string[]): Map<string, string> {
  const byMemberSlug = new Map<string, string>();
  for (const key of keys) {
    const identity = index.forKey(key);
    if (identity.members.length > 1 || identity.members[0]?.slug !== identity.id)
      for (const m of identity.members) byMemberSlug.set(m.slug, key);
  }
  const out = new Map<string, string>();
  for (const key of keys) {
    const parentKey = byMemberSlug.get(index.forKey(key).id);
    if (parentKey !== undefined && index.forKey(parentKey).id !== index.forKey(key).id)
      out.set(key, parentKey);
  }
  return out;
}

/** A parent's display name: the first words of a child's name that slugify to the parent slug ("BaseSwap V2" → "BaseSwap"). */
function parentName(slug: string, children: readonly string[]): string | undefined {
  for (const name of children) {
    const words = name.split(/\s+/);
    for (let n = 1; n <= words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      if (slugify(prefix) === slug) return prefix;
    }
  }
  return undefined;
}
