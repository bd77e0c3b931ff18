import type { ChainId } from './chain.ts';

/** L2BEAT's sentiments, worst last (MODELS §4). */
export type Sentiment = 'good' | 'neutral' | 'warning' | 'bad' | 'UnderReview';

/** One rosette slice: its value as L2BEAT words it and its sentiment. */
export type RiskValue = { value: string; sentiment: Sentiment };

/** The five slices of L2BEAT's risk rosette. */
export type Rosette = {
  stateValidation: RiskValue;
  dataAvailability: RiskValue;
  exitWindow: RiskValue;
  sequencerFailure: RiskValue;
  proposerFailure: RiskValue;
};

/** An L2's risk profile as L2BEAT publishes it, with total value secured (TVS) in USD. */
export type L2RiskProfile = {
  chain: ChainId;
  name: string;
  /** Optimistic Rollup, ZK Rollup, Validium, Optimium. */
  category: string;
  provider: string | null;
  /** `Stage 0`, `Stage 1`, `Stage 2`, or `NotApplicable` (validiums and optimiums). */
  stage: string;
  rosette: Rosette;
  tvs: { totalUsd: number; etherUsd: number; stablecoinUsd: number; associatedUsd: number };
};
