// src/risk/sustainability/riskOf.ts
var clamp = (x) => Math.min(1, Math.max(0, x));
function riskOf(id, signal) {
  if (signal === null || !Number.isFinite(signal)) return null;
  switch (id) {
    case "drawdownUsd":
    case "drawdownNative":
    case "decliningChains":
    case "weakL2Exposure":
    case "protocolsLeaving":
      return clamp(signal);
    case "trend30":
      return clamp(-2 * signal);
    case "trend90":
    case "trend180":
      return clamp(-signal);
    case "chainConcentration":
    case "assetConcentration":
      return clamp((signal - 0.5) / 0.5);
    case "stuckLiquidity":
      return clamp((signal - 0.8) / 0.2);
    case "earnings30":
    case "netFlows90":
      return clamp(-signal);
    case "lendingStress":
      return clamp(signal / 0.1);
    case "incidents":
      return clamp(signal);
    case "staleness":
      return clamp(signal / 30);
    case "qualityFlags":
      return clamp(signal / 3);
  }
}
export {
  riskOf
};
