import { ValidationError } from '../core/errors.ts';
import { slugify } from '../model/protocol.ts';
import { PARENT_OVERRIDES, PROTOCOL_ALIASES } from '../model/protocolAliases.ts';

/** One protocol as Faultline knows it across sources. */
export type ProtocolIdentity = {
  /** Canonical slug (DefiLlama convention). */
  id: string;
  name: string;
  category: string | null;
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

/** A protocol as the snapshot lists it (TVL in USD, when the snapshot gives one). */
export type Named = { slug: string; name: string; category: string | null; tvlUsd?: number | null };

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
        category:
          override?.category ??
          (children.length === 1 ? (children[0]?.category ?? null) : children.length > 1 ? 'Parent' : null),
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
