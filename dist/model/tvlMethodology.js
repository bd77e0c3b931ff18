// src/model/tvlMethodology.ts
var EXCLUDED_CATEGORIES = /* @__PURE__ */ new Set([
  "Chain",
  "CEX",
  "Infrastructure",
  "Staking Pool",
  "RWA",
  "Basis Trading",
  "CeDeFi"
]);
var BRIDGE_CATEGORIES = /* @__PURE__ */ new Set(["Bridge", "Canonical Bridge"]);
var DOUBLECOUNTED_CATEGORIES = /* @__PURE__ */ new Set(["Yield Aggregator", "Yield"]);
var LIQUID_STAKING_CATEGORY = "Liquid Staking";
var CLASS = { doublecounted: 1, liquidstaking: 2, excluded: 4, bridge: 8 };
var DEFAULT_TOGGLES = {
  sections: [],
  doublecounted: false,
  liquidstaking: false,
  bridge: false
};
var INCLUDE_TOGGLES = ["doublecounted", "liquidstaking", "bridge"];
function classify(category, doublecountedFlag = null) {
  let cls = 0;
  if (doublecountedFlag ?? (category !== null && DOUBLECOUNTED_CATEGORIES.has(category))) {
    cls |= CLASS.doublecounted;
  }
  if (category === LIQUID_STAKING_CATEGORY) cls |= CLASS.liquidstaking;
  if (category !== null && EXCLUDED_CATEGORIES.has(category)) cls |= CLASS.excluded;
  if (category !== null && BRIDGE_CATEGORIES.has(category)) cls |= CLASS.bridge;
  return cls;
}
function isExcluded(cls, toggles) {
  return (cls & CLASS.excluded) !== 0 || (cls & CLASS.bridge) !== 0 && !toggles.bridge;
}
export {
  BRIDGE_CATEGORIES,
  CLASS,
  DEFAULT_TOGGLES,
  DOUBLECOUNTED_CATEGORIES,
  EXCLUDED_CATEGORIES,
  INCLUDE_TOGGLES,
  LIQUID_STAKING_CATEGORY,
  classify,
  isExcluded
};
