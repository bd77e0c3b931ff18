import type { Day } from '../core/day.ts';
import type { ChainId } from './chain.ts';

/** L2BEAT's sentiments, worst last (MODELS §4). */
export type Sentiment = 'good' | 'neutral' | 'warning' | 'bad' | 'UnderReview';

/** One rosette slice: its value as L2BEAT words it and its sentiment. */
export type RiskValue = { value: string; sentiment: Sentiment };

/** The rosette's slices in L2BEAT's order: our key and L2BEAT's name. */
export const ROSETTE_SLICES = [
  ['stateValidation', 'State Validation'],
  ['dataAvailability', 'Data Availability'],
  ['exitWindow', 'Exit Window'],
  ['sequencerFailure', 'Sequencer Failure'],
  ['proposerFailure', 'Proposer Failure'],
] as const;

/** L2BEAT's sentiments, best first (the order `worseOf` ranks them in). */
export const SENTIMENTS: readonly Sentiment[] = ['good', 'neutral', 'warning', 'bad', 'UnderReview'];

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

/** A stored L2BEAT profile with L2BEAT's project id and the day it was published (or fetched). */
export type PublishedL2Profile = L2RiskProfile & { project: string; asOf: Day };
