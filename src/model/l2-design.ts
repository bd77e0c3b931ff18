import type { Sentiment } from './l2-risk.ts';

/** How state transitions are checked (L2BEAT's State Validation), and the sentiment L2BEAT gives each. */
export const STATE_VALIDATION = {
  'zk-proofs': 'good',
  'fraud-proofs': 'good',
  'fraud-proofs-permissioned': 'warning',
  'sgx-proofs': 'bad',
  none: 'bad',
  'under-review': 'UnderReview',
} as const satisfies Record<string, Sentiment>;

/** Where transaction data is published (L2BEAT's Data Availability); `dac` is judged by its committee. */
export const DATA_AVAILABILITY = {
  onchain: 'good',
  dac: null,
  external: 'bad',
  'under-review': 'UnderReview',
} as const satisfies Record<string, Sentiment | null>;

/** What users can do if the sequencer stops or censors (L2BEAT's Sequencer Failure). */
export const SEQUENCER_FAILURE = {
  'self-sequence': 'good',
  'force-via-l1': 'good',
  'enqueue-via-l1': 'warning',
  'no-mechanism': 'bad',
  'under-review': 'UnderReview',
} as const satisfies Record<string, Sentiment>;

/** What users can do if the proposer stops (L2BEAT's Proposer Failure). */
export const PROPOSER_FAILURE = {
  'self-propose': 'good',
  'use-escape-hatch': 'good',
  'cannot-withdraw': 'bad',
  'under-review': 'UnderReview',
} as const satisfies Record<string, Sentiment>;

/**
 * A rollup-style system's design, as `faultline l2 assess` reads it: delays in seconds, the four
 * rosette choices, an optional data-availability committee, and the facts L2BEAT's stages ask about
 * (absent facts count as unmet, and are listed as such).
 */
export type L2Design = {
  name: string | null;
  upgradeDelaySeconds: number;
  upgradeDelay2Seconds: number | null;
  /** Null when not known (registry files only; `l2 assess` needs a number). */
  exitDelaySeconds: number | null;
  upgradeable: boolean;
  stateValidation: keyof typeof STATE_VALIDATION;
  dataAvailability: keyof typeof DATA_AVAILABILITY;
  dac: { members: number; threshold: number } | null;
  sequencerFailure: keyof typeof SEQUENCER_FAILURE;
  proposerFailure: keyof typeof PROPOSER_FAILURE;
  stateRootsOnL1: boolean;
  externalProofActors: number;
  nodeSourceAvailable: boolean;
  securityCouncil: { members: number; threshold: number } | null;
  /** Exit window before upgrades not made by the security council (seconds); null: same as the exit window. */
  nonCouncilExitWindowSeconds: number | null;
  /** Every upgrade path goes through the security council, so no upgrade can be made without it. */
  onlyCouncilCanUpgrade: boolean;
  permissionlessProofs: boolean;
  councilOnlyForProvableBugs: boolean;
};
