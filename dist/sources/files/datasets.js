// src/sources/files/datasets.ts
import { aaveV3Borrowers } from "./aaveV3Borrowers.js";
import { aaveV3DebtPositions } from "./aaveV3DebtPositions.js";
import { aaveV3Volatility } from "./aaveV3Volatility.js";
import { babylonNetwork } from "./babylonNetwork.js";
import { bitcoinLayers } from "./bitcoinLayers.js";
import { btcStakingMonthly } from "./btcStakingMonthly.js";
import { defillamaChainTvlDaily } from "./defillamaChainTvlDaily.js";
import { defillamaChainTvlMonthlyL2 } from "./defillamaChainTvlMonthlyL2.js";
import { defillamaLendingProtocols } from "./defillamaLendingProtocols.js";
import { defillamaProtocolChainTvlDaily } from "./defillamaProtocolChainTvlDaily.js";
import { defillamaProtocolsSnapshot } from "./defillamaProtocolsSnapshot.js";
import { l2beatScalingSummary } from "./l2beatScalingSummary.js";
import { pricesDaily } from "./pricesDaily.js";
import { restakingProtocols } from "./restakingProtocols.js";
import { stablecoinSupply } from "./stablecoinSupply.js";
import { superchainProtocolMonthly } from "./superchainProtocolMonthly.js";
var DATASETS = [
  defillamaChainTvlDaily,
  defillamaProtocolChainTvlDaily,
  defillamaProtocolsSnapshot,
  defillamaLendingProtocols,
  defillamaChainTvlMonthlyL2,
  superchainProtocolMonthly,
  l2beatScalingSummary,
  bitcoinLayers,
  babylonNetwork,
  btcStakingMonthly,
  pricesDaily,
  stablecoinSupply,
  aaveV3Borrowers,
  aaveV3DebtPositions,
  aaveV3Volatility,
  restakingProtocols
];
export {
  DATASETS
};
