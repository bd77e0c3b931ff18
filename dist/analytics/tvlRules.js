// src/analytics/tvlRules.ts
import { CLASS, isExcluded } from "../model/tvlMethodology.js";
function composeDay(cells, toggles) {
  const parts = {
    tvl: 0,
    doublecounted: 0,
    liquidstaking: 0,
    overlap: 0,
    sections: {},
    excluded: 0
  };
  for (const { section, cls, usd } of cells) {
    if (isExcluded(cls, toggles)) {
      parts.excluded += usd;
      continue;
    }
    if (section !== "tvl") {
      parts.sections[section] = (parts.sections[section] ?? 0) + usd;
      continue;
    }
    parts.tvl += usd;
    const dc = (cls & CLASS.doublecounted) !== 0;
    const ls = (cls & CLASS.liquidstaking) !== 0;
    if (dc) parts.doublecounted += usd;
    if (ls) parts.liquidstaking += usd;
    if (dc && ls) parts.overlap += usd;
  }
  return { usd: totalOf(parts, toggles), parts };
}
function cellRole(section, cls, toggles) {
  if (isExcluded(cls, toggles)) return "excluded category";
  if (section !== "tvl") return toggles.sections.includes(section) ? "counted" : "section not enabled";
  if (cls & CLASS.doublecounted && !toggles.doublecounted) return "subtracted: double counted";
  if (cls & CLASS.liquidstaking && !toggles.liquidstaking) return "subtracted: liquid staking";
  return "counted";
}
function totalOf(parts, toggles) {
  let usd = parts.tvl;
  if (!toggles.doublecounted) usd -= parts.doublecounted;
  if (!toggles.liquidstaking) usd -= parts.liquidstaking;
  if (!toggles.doublecounted && !toggles.liquidstaking) usd += parts.overlap;
  for (const section of toggles.sections) usd += parts.sections[section] ?? 0;
  return roundCents(usd);
}
function roundCents(usd) {
  return Math.round(usd * 100) / 100 + 0;
}
export {
  cellRole,
  composeDay,
  roundCents,
  totalOf
};
