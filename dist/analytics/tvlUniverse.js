// src/analytics/tvlUniverse.ts
import { classify } from "../model/tvlMethodology.js";
function tvlUniverse(index, keys) {
  const identities = keys.map((key) => [key, index.forKey(key)]);
  const byMemberSlug = /* @__PURE__ */ new Map();
  for (const [key, identity] of identities) {
    if (identity.members.length > 1 || identity.members[0]?.slug !== identity.id) {
      for (const m of identity.members) byMemberSlug.set(m.slug, key);
    }
  }
  const entries = /* @__PURE__ */ new Map();
  for (const [key, identity] of identities) {
    const parentKey = byMemberSlug.get(identity.id);
    const category = ruleCategory(identity);
    entries.set(key, {
      key,
      identity,
      category,
      cls: classify(category),
      coveredBy: parentKey !== void 0 && parentKey !== key ? parentKey : null
    });
  }
  const counted = [...entries.values()].filter((e) => e.coveredBy === null).map((e) => e.key);
  return {
    entries,
    counted,
    covered: [...entries.values()].filter((e) => e.coveredBy !== null).map((e) => e.key),
    classes: new Map(counted.map((k) => [k, entries.get(k).cls]))
  };
}
function ruleCategory(identity) {
  if (identity.category !== "Parent") return identity.category;
  const largest = [...identity.members].sort((a, b) => (b.tvlUsd ?? 0) - (a.tvlUsd ?? 0))[0];
  return largest?.category ?? null;
}
export {
  tvlUniverse
};
