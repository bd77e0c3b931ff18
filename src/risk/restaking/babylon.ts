import type { BabylonParams } from '../../model/btc-layer.ts';

/** Finality needs more than this share of voting power (MODELS §5). */
export const BABYLON_FINALITY_QUORUM = 2 / 3;
const BITCOIN_BLOCK_MINUTES = 10;

export interface BabylonSecurity {
  covenant: { quorum: number; size: number; text: string };
  /** From the stored parameters (x/btcstaking `slashing_rate`); null when they do not carry it. */
  slashingRate: number | null;
  /** BTC staked and what one equivocation by every provider would burn at the slashing rate (null when unknown). */
  stakedBtc: number | null;
  stakeAtRiskBtc: number | null;
  stakeAtRiskUsd: number | null;
  unbonding: { blocks: number; days: number };
  finality: {
    quorum: number;
    /** Voting power that, by not voting, halts finality: anything at or above 1/3. */
    haltShare: number;
    /** Voting power that must double-sign to finalise two conflicting blocks (and lose its EOTS keys). */
    safetyShare: number;
  };
  finalityProviders: number;
  /** Who can take staked BTC: nobody alone; the covenant can only co-sign slashing and unbonding. */
  text: string;
}

/**
 * Babylon's security in one place: the covenant quorum that co-signs slashing and unbonding, the stake
 * an equivocation burns (the slashing rate of the stored parameters times the provider's delegated BTC;
 * unknown when the parameters do not carry the rate), the unbonding wait (1,008 blocks ≈ 7 d),
 * and the finality quorum (> 2/3 of voting power; an equivocating provider's key is extracted from its
 * two signatures, see `risk/btc/eotsKey.ts`).
 */
export function babylonSecurity(
  params: BabylonParams,
  stakedBtc: number | null,
  btcPriceUsd: number | null,
): BabylonSecurity {
  const rate = params.slashingRate;
  const atRisk = stakedBtc === null || rate === null ? null : stakedBtc * rate;
  return {
    covenant: {
      quorum: params.covenantQuorum,
      size: params.covenantSize,
      text: `${params.covenantQuorum} of ${params.covenantSize} covenant signers co-sign every slashing and unbonding`,
    },
    slashingRate: rate,
    stakedBtc,
    stakeAtRiskBtc: atRisk,
    stakeAtRiskUsd: atRisk !== null && btcPriceUsd !== null ? atRisk * btcPriceUsd : null,
    unbonding: {
      blocks: params.unbondingBlocks,
      days: (params.unbondingBlocks * BITCOIN_BLOCK_MINUTES) / 1440,
    },
    finality: {
      quorum: BABYLON_FINALITY_QUORUM,
      haltShare: 1 - BABYLON_FINALITY_QUORUM,
      safetyShare: 2 * BABYLON_FINALITY_QUORUM - 1,
    },
    finalityProviders: params.finalityProviders,
    text:
      'Self-custody: staked BTC stays in the staker’s script; an equivocating finality provider loses ' +
      `${rate === null ? 'the slashing rate (not in the stored parameters) of' : `${rate * 100}% of`} its delegated BTC, the rest unbonds after ${params.unbondingBlocks} blocks`,
  };
}
