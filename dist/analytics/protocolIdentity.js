// src/analytics/protocolIdentity.ts
import { ValidationError } from "../core/errors.js";
import { slugify } from "../model/protocol.js";
import { PARENT_OVERRIDES, PROTOCOL_ALIASES } from "../model/protocolAliases.js";
function buildProtocolIndex(snapshot, keys) {
  const bySlug = new Map(snapshot.map((s) => [s.slug, s]));
  const identities = /* @__PURE__ */ new Map();
  const keyToId = /* @__PURE__ */ new Map();
  const ensure = (id, make) => identities.get(id) ?? identities.set(id, make()).get(id);
  const forKey = (key) => {
    const known = keyToId.get(key);
    if (known) return identities.get(known);
    const slug = PROTOCOL_ALIASES[key] ?? slugify(key);
    const exact = bySlug.get(slug);
    let identity;
    if (exact) {
      identity = ensure(slug, () => ({
        id: slug,
        name: exact.name,
        category: exact.category,
        members: [exact],
        keys: []
      }));
    } else {
      const override = PARENT_OVERRIDES[slug];
      const bySlugs = (slugs) => slugs.map((s) => bySlug.get(s)).filter((s) => s !== void 0);
      const children = override?.members ? bySlugs(override.members) : [
        ...snapshot.filter((s) => s.slug.startsWith(`${slug}-`)),
        ...bySlugs(override?.extraMembers ?? [])
      ];
      identity = ensure(slug, () => ({
        id: slug,
        name: parentName(
          slug,
          children.map((c) => c.name)
        ) ?? key,
        category: override?.category ?? (children.length === 1 ? children[0]?.category ?? null : children.length > 1 ? "Parent" : null),
        members: children,
        keys: []
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
      if (fromKey) return identities.get(fromKey);
      const slug = PROTOCOL_ALIASES[q] ?? slugify(q);
      const direct = identities.get(slug);
      if (direct) return direct;
      const named = [...identities.values()].filter(
        (i) => i.name.toLowerCase() === q || i.members.some((m) => m.name.toLowerCase() === q || m.slug === slug)
      );
      if (named.length === 1) return named[0];
      if (bySlug.has(slug)) return forKey(slug);
      const candidates = (named.length > 1 ? named : [...identities.values()].filter((i) => i.id.includes(slug) || i.name.toLowerCase().includes(q))).map((i) => `${i.name} (${i.id})`).slice(0, 10);
      const reason = named.length > 1 ? `ambiguous protocol "${query}"` : `unknown protocol "${query}"`;
      throw new ValidationError(
        candidates.length > 0 ? `${reason}; candidates: ${candidates.join(", ")}` : reason,
        { field: "protocol" }
      );
    }
  };
}
function parentName(slug, children) {
  for (const name of children) {
    const words = name.split(/\s+/);
    for (let n = 1; n <= words.length; n++) {
      const prefix = words.slice(0, n).join(" ");
      if (slugify(prefix) === slug) return prefix;
    }
  }
  return void 0;
}
export {
  buildProtocolIndex
};
