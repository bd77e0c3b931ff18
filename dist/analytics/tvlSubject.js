// src/analytics/tvlSubject.ts
import { ValidationError } from "../core/errors.js";
import { CHAINS } from "../model/chains.js";
import { chainInfo, normaliseChain } from "../model/normaliseChain.js";
function subjectsOf(named) {
  return [
    named.chain === void 0 ? null : { kind: "chain", chain: named.chain },
    named.protocol === void 0 ? null : { kind: "protocol", protocol: named.protocol },
    named.category === void 0 ? null : { kind: "category", category: named.category },
    named.layer === void 0 ? null : { kind: "layer", layer: named.layer }
  ].filter((s) => s !== null);
}
function chainCandidates(typed) {
  const t = typed.toLowerCase().slice(0, 3);
  return [...CHAINS.values()].filter((c) => c.id.includes(t) || c.name.toLowerCase().includes(t)).map((c) => c.name).slice(0, 8);
}
var LAYERS = ["L1", "L2", "L3", "sidechain", "btc-layer"];
function resolveSubject(ctx, subject, to, includeFlagged = false) {
  const resolved = resolveScope(ctx, subject, to);
  return includeFlagged ? { ...resolved, query: { ...resolved.query, includeFlagged } } : resolved;
}
function resolveScope(ctx, subject, to) {
  const { universe } = ctx;
  switch (subject.kind) {
    case "chain": {
      const chain = normaliseChain(subject.chain);
      const info = chainInfo(chain);
      return {
        label: info.name,
        chains: [chain],
        chainRules: true,
        query: { chains: [chain], protocols: null, exclude: universe.covered, to, classes: universe.classes }
      };
    }
    case "layer": {
      const layer = subject.layer;
      if (!LAYERS.includes(layer)) {
        throw new ValidationError(`unknown layer "${subject.layer}"; expected one of ${LAYERS.join(", ")}`, {
          field: "layer"
        });
      }
      const chains = [...CHAINS.values()].filter((c) => c.layer === layer).map((c) => c.id);
      return {
        label: `${layer} chains`,
        chains,
        chainRules: true,
        query: { chains, protocols: null, exclude: universe.covered, to, classes: universe.classes }
      };
    }
    case "protocol": {
      const identity = ctx.index.resolve(subject.protocol);
      const keys = [...universe.entries.values()].filter((e) => e.identity.id === identity.id).map((e) => e.key);
      if (keys.length === 0) {
        throw new ValidationError(`no daily history for ${identity.name} (${identity.id}) in the store`, {
          field: "protocol"
        });
      }
      const counted = keys.filter((k) => universe.entries.get(k)?.coveredBy === null);
      return {
        label: identity.name,
        chains: null,
        chainRules: false,
        query: { chains: null, protocols: counted.length > 0 ? counted : keys, to, classes: /* @__PURE__ */ new Map() }
      };
    }
    case "category": {
      const wanted = subject.category.toLowerCase();
      const keys = universe.counted.filter(
        (k) => universe.entries.get(k)?.category?.toLowerCase() === wanted
      );
      if (keys.length === 0) {
        const categories = [
          ...new Set(universe.counted.map((k) => universe.entries.get(k)?.category ?? "unknown"))
        ].sort();
        throw new ValidationError(
          `no protocol with daily history in category "${subject.category}"; categories with history: ${categories.join(", ")}`,
          { field: "category" }
        );
      }
      const name = universe.entries.get(keys[0])?.category ?? subject.category;
      return {
        label: `${name} (${keys.length} protocols with history)`,
        chains: null,
        chainRules: false,
        query: { chains: null, protocols: keys, to, classes: /* @__PURE__ */ new Map() }
      };
    }
  }
}
export {
  LAYERS,
  chainCandidates,
  resolveSubject,
  subjectsOf
};
