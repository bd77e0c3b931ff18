import type { ChainId } from './chain.ts';

/** bitcoinlayers.org's risk tiers, best first. */
export type BtcRiskTier =
  | 'Low'
  | 'Medium'
  | 'High'
  | 'VeryHigh'
  | 'UnderReview'
  | 'Unverified'
  | 'AlternativePoS';

/** A Bitcoin layer in bitcoinlayers.org's four dimensions (MODELS §5). */
export type BtcLayerProfile = {
  slug: string;
  chain: ChainId;
  name: string;
  /** Rollup, Federation, MergeMined, Anchor, BPoSNetwork, ... */
  entityType: string;
  liveStatus: string;
  /** BTC locked in the layer; null when the source does not know it. */
  btcLocked: number | null;
  custody: BtcRiskTier;
  dataAvailability: BtcRiskTier;
  operators: BtcRiskTier;
  finality: BtcRiskTier;
};

/** Babylon's newest staking parameters (bbn-1 global params) and the size of its provider registry. */
export type BabylonParams = {
  version: number;
  covenantQuorum: number;
  covenantSize: number;
  unbondingBlocks: number;
  finalityProviders: number;
  /**
   * Share of a delegation burned when its finality provider equivocates (babylonlabs-io/babylon
   * x/btcstaking `Params.slashing_rate`); null when the stored parameters do not carry it.
   */
  slashingRate: number | null;
};
