// src/risk/restaking/babylon.ts
var BABYLON_SLASHING_RATE = 1e-3;
var BABYLON_FINALITY_QUORUM = 2 / 3;
var BITCOIN_BLOCK_MINUTES = 10;
function babylonSecurity(params, stakedBtc, btcPriceUsd) {
  const atRisk = stakedBtc === null ? null : stakedBtc * BABYLON_SLASHING_RATE;
  return {
    covenant: {
      quorum: params.covenantQuorum,
      size: params.covenantSize,
      text: `${params.covenantQuorum} of ${params.covenantSize} covenant signers co-sign every slashing and unbonding`
    },
    slashingRate: BABYLON_SLASHING_RATE,
    stakedBtc,
    stakeAtRiskBtc: atRisk,
    stakeAtRiskUsd: atRisk !== null && btcPriceUsd !== null ? atRisk * btcPriceUsd : null,
    unbonding: {
      blocks: params.unbondingBlocks,
      days: params.unbondingBlocks * BITCOIN_BLOCK_MINUTES / 1440
    },
    finality: {
      quorum: BABYLON_FINALITY_QUORUM,
      haltShare: 1 - BABYLON_FINALITY_QUORUM,
      safetyShare: 2 * BABYLON_FINALITY_QUORUM - 1
    },
    finalityProviders: params.finalityProviders,
    text: `Self-custody: staked BTC stays in the staker\u2019s script; an equivocating finality provider loses ${BABYLON_SLASHING_RATE * 100}% of its delegated BTC, the rest unbonds after ${params.unbondingBlocks} blocks`
  };
}
export {
  BABYLON_FINALITY_QUORUM,
  BABYLON_SLASHING_RATE,
  babylonSecurity
};
