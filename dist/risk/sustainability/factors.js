// src/risk/sustainability/factors.ts
var PROTOCOL_FACTORS = [
  { id: "drawdownUsd", label: "drawdown from peak (USD)", unit: "fraction" },
  { id: "drawdownNative", label: "drawdown from peak (ETH)", unit: "fraction" },
  { id: "trend30", label: "30-day TVL change", unit: "fraction" },
  { id: "trend90", label: "90-day TVL change", unit: "fraction" },
  { id: "trend180", label: "180-day TVL change", unit: "fraction" },
  { id: "decliningChains", label: "value on chains whose own TVL fell over 90 days", unit: "fraction" },
  { id: "chainConcentration", label: "value on the largest chain", unit: "fraction" },
  { id: "staleness", label: "days since the last data point", unit: "days" },
  { id: "qualityFlags", label: "data-quality flags in the last 90 days", unit: "count" },
  { id: "weakL2Exposure", label: "value on weak L2s and bridges", unit: "fraction" },
  {
    id: "netFlows90",
    label: "net token flows over 90 days (share of value; price moves excluded)",
    unit: "fraction"
  },
  { id: "assetConcentration", label: "value in the largest token", unit: "fraction" },
  { id: "lendingStress", label: "bad debt under ETH \u221240% (share of the book's debt)", unit: "fraction" },
  { id: "incidents", label: "known incidents in the last 365 days", unit: "count" },
  { id: "earnings30", label: "30-day earnings (revenue \u2212 incentives) as a share of fees", unit: "fraction" },
  { id: "stuckLiquidity", label: "deposits lent out (utilisation: borrowed / supplied)", unit: "fraction" }
];
var CHAIN_FACTORS = [
  { id: "drawdownUsd", label: "drawdown from all-time high (USD)", unit: "fraction" },
  { id: "trend180", label: "6-month TVL change", unit: "fraction" },
  { id: "protocolsLeaving", label: "protocols that left in 6 months", unit: "fraction" }
];
var CHAIN_WEIGHTS = { drawdownUsd: 2, trend180: 2, protocolsLeaving: 1 };
var WEIGHT_SETS = {
  drawdown: {
    drawdownUsd: 3,
    drawdownNative: 1,
    trend30: 1,
    trend90: 2,
    trend180: 1,
    decliningChains: 1,
    chainConcentration: 0.5,
    staleness: 1,
    qualityFlags: 0.5,
    weakL2Exposure: 0.5,
    netFlows90: 1,
    assetConcentration: 0.5,
    lendingStress: 1,
    incidents: 1,
    stuckLiquidity: 1,
    earnings30: 1
  },
  balanced: {
    drawdownUsd: 1,
    drawdownNative: 1,
    trend30: 1,
    trend90: 1,
    trend180: 1,
    decliningChains: 1,
    chainConcentration: 1,
    staleness: 1,
    qualityFlags: 1,
    weakL2Exposure: 1,
    netFlows90: 1,
    assetConcentration: 1,
    lendingStress: 1,
    incidents: 1,
    stuckLiquidity: 1,
    earnings30: 1
  },
  trend: {
    drawdownUsd: 1,
    drawdownNative: 0.5,
    trend30: 2,
    trend90: 3,
    trend180: 2,
    decliningChains: 1,
    chainConcentration: 0.5,
    staleness: 1,
    qualityFlags: 0.5,
    weakL2Exposure: 0.5,
    netFlows90: 1,
    assetConcentration: 0.5,
    lendingStress: 1,
    incidents: 1,
    stuckLiquidity: 1,
    earnings30: 1
  }
};
var DEFAULT_WEIGHTS_NAME = "balanced";
var DEFAULT_WEIGHTS = WEIGHT_SETS[DEFAULT_WEIGHTS_NAME];
var WATCH_THRESHOLD = 60;
export {
  CHAIN_FACTORS,
  CHAIN_WEIGHTS,
  DEFAULT_WEIGHTS,
  DEFAULT_WEIGHTS_NAME,
  PROTOCOL_FACTORS,
  WATCH_THRESHOLD,
  WEIGHT_SETS
};
