// src/risk/sustainability/protocolSignals.ts
import { addDays, daysBetween } from "../../core/day.js";
var DECLINING_CHAIN_CHANGE = -0.2;
function valueOn(series, day) {
  let found = null;
  for (const p of series) {
    if (p.day > day) break;
    found = p.usd;
  }
  return found;
}
function drawdown(values) {
  const last = values.at(-1);
  if (last === void 0) return null;
  const peak = Math.max(...values);
  return peak > 0 ? 1 - last / peak : null;
}
function protocolSignals(input) {
  const { asOf, series } = input;
  const last = series.at(-1);
  const change = (days) => {
    if (!last || series[0].day > addDays(last.day, -days)) return null;
    const base = valueOn(series, addDays(last.day, -days));
    return base && base > 0 ? last.usd / base - 1 : null;
  };
  const inEth = series.map((p) => {
    const price = input.ethClose.get(p.day);
    return price ? p.usd / price : null;
  }).filter((v) => v !== null);
  const total = input.chains.reduce((s, c) => s + c.usd, 0);
  const share = (pick) => total > 0 ? input.chains.filter(pick).reduce((s, c) => s + c.usd, 0) / total : null;
  const tokenTotal = input.tokens.reduce((sum, t) => sum + t.usd, 0);
  const knownTrend = input.chains.filter((c) => input.chainChange90.has(c.chain));
  return {
    drawdownUsd: drawdown(series.map((p) => p.usd)),
    drawdownNative: drawdown(inEth),
    trend30: change(30),
    trend90: change(90),
    trend180: change(180),
    decliningChains: knownTrend.length === 0 ? null : share((c) => (input.chainChange90.get(c.chain) ?? 0) < DECLINING_CHAIN_CHANGE),
    chainConcentration: total > 0 ? Math.max(...input.chains.map((c) => c.usd)) / total : null,
    staleness: last ? daysBetween(last.day, asOf) : null,
    qualityFlags: input.flagDays.filter((d) => d <= asOf && d > addDays(asOf, -90)).length,
    weakL2Exposure: share((c) => input.weakChains.has(c.chain)),
    netFlows90: input.flows && input.flows.startUsd > 0 ? input.flows.inflowsUsd / input.flows.startUsd : null,
    assetConcentration: tokenTotal > 0 ? Math.max(...input.tokens.map((t) => t.usd)) / tokenTotal : null,
    lendingStress: input.lendingStress && input.lendingStress.day <= asOf ? input.lendingStress.badDebtShare : null,
    earnings30: input.fees30 && input.fees30.feesUsd > 0 ? (input.fees30.revenueUsd - input.fees30.incentivesUsd) / input.fees30.feesUsd : null,
    stuckLiquidity: last && input.borrowedUsd !== null && last.usd + input.borrowedUsd > 0 ? input.borrowedUsd / (last.usd + input.borrowedUsd) : null,
    // The incident list is not exhaustive: a protocol it does not mention is unknown, not safe.
    incidents: input.incidentDays.length === 0 ? null : input.incidentDays.filter((d) => d <= asOf && d > addDays(asOf, -365)).length
  };
}
export {
  DECLINING_CHAIN_CHANGE,
  protocolSignals
};
