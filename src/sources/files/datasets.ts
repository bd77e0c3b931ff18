import { aaveV3Borrowers } from './aaveV3Borrowers.ts';
import { aaveV3DebtPositions } from './aaveV3DebtPositions.ts';
import { aaveV3RateStrategies } from './aaveV3RateStrategies.ts';
import { aaveV3ReserveRates } from './aaveV3ReserveRates.ts';
import { aaveV3Volatility } from './aaveV3Volatility.ts';
import { babylonNetwork } from './babylonNetwork.ts';
import { bitcoinLayers } from './bitcoinLayers.ts';
import { btcStakingMonthly } from './btcStakingMonthly.ts';
import { chainlinkOracleRounds } from './chainlinkOracleRounds.ts';
import type { Dataset } from './dataset.ts';
import { defillamaChainTvlDaily } from './defillamaChainTvlDaily.ts';
import { defillamaChainTvlMonthlyL2 } from './defillamaChainTvlMonthlyL2.ts';
import { defillamaLendingProtocols } from './defillamaLendingProtocols.ts';
import { defillamaPoolHistory } from './defillamaPoolHistory.ts';
import { defillamaPoolsSnapshot } from './defillamaPoolsSnapshot.ts';
import { defillamaProtocolChainTvlDaily } from './defillamaProtocolChainTvlDaily.ts';
import { defillamaProtocolsSnapshot } from './defillamaProtocolsSnapshot.ts';
import { defillamaYieldsExport } from './defillamaYieldsExport.ts';
import { l2beatScalingSummary } from './l2beatScalingSummary.ts';
import { pricesDaily } from './pricesDaily.ts';
import { restakingProtocols } from './restakingProtocols.ts';
import { stablecoinSupply } from './stablecoinSupply.ts';
import { superchainProtocolMonthly } from './superchainProtocolMonthly.ts';

/** Every dataset of `../shared/data/README.md`, in import order. */
export const DATASETS: readonly Dataset[] = [
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
  restakingProtocols,
  defillamaYieldsExport,
  defillamaPoolHistory,
  defillamaPoolsSnapshot,
  aaveV3ReserveRates,
  aaveV3RateStrategies,
  chainlinkOracleRounds,
];
