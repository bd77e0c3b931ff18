import type { Day, Month } from '../core/day.ts';
import type { BabylonParams, BtcLayerProfile } from '../model/btc-layer.ts';
import type { PublishedL2Profile } from '../model/l2-risk.ts';

/** One month-end product row of the BTC staking / restaking market (USD and BTC). */
export type BtcStakingRow = {
  month: Month;
  product: string;
  protocol: string;
  holder: string;
  tvlUsd: number;
  tvlBtc: number;
};

/** The layer reads of a store: L2BEAT's published L2 profiles, Bitcoin layers, BTC staking, Babylon. */
export interface LayerReads {
  /** The newest L2BEAT profile of each project, largest TVS first. */
  l2RiskProfiles(): Promise<PublishedL2Profile[]>;
  btcLayerProfiles(): Promise<BtcLayerProfile[]>;
  btcStakingMonthly(asOf: Day | null): Promise<BtcStakingRow[]>;
  /** Null when the Babylon dataset is not imported. */
  babylonParams(): Promise<BabylonParams | null>;
}
