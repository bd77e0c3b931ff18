// src/model/normaliseChain.ts
import { ALL_CHAINS } from "./chain.js";
import { CHAINS } from "./chains.js";
var BY_SPELLING = /* @__PURE__ */ new Map();
for (const chain of CHAINS.values()) {
  for (const spelling of [chain.id, chain.name, ...chain.aliases]) BY_SPELLING.set(fold(spelling), chain.id);
}
function fold(text) {
  return text.trim().toLowerCase().replace(/[\s_]+/g, " ");
}
function normaliseChain(raw) {
  const folded = fold(raw);
  const known = BY_SPELLING.get(folded);
  if (known) return known;
  return folded.replace(/[^a-z0-9²]+/g, "-").replace(/^-+|-+$/g, "");
}
function chainInfo(id) {
  return CHAINS.get(id) ?? { id, name: id, layer: "unknown", parent: null, stack: null, da: null, aliases: [] };
}
var EXTRA_SECTIONS = ["staking", "pool2", "borrowed", "vesting", "offers", "treasury"];
function parseChainKey(key) {
  const lower = key.toLowerCase();
  for (const section of EXTRA_SECTIONS) {
    if (lower === section) return { chain: ALL_CHAINS, section };
    if (lower.endsWith(`-${section}`))
      return { chain: normaliseChain(key.slice(0, -section.length - 1)), section };
  }
  return { chain: normaliseChain(key), section: "tvl" };
}
export {
  EXTRA_SECTIONS,
  chainInfo,
  normaliseChain,
  parseChainKey
};
