import type { Sentiment } from './l2-risk.ts';

/**
 * How state transitions are checked (L2BEAT's State Validation), and the sentiment L2BEAT gives each.
 * Permissioned fraud proofs are warning only with at least 5 challengers outside the operator, else bad
 * (l2beat riskView.ts @ 95a67bc `STATE_ARBITRUM_PERMISSIONED_FRAUD_PROOFS`); `assessL2` applies that.
 */
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

/**
 * What users can do if the sequencer stops or censors (L2BEAT's Sequencer Failure). `log-via-l1` is L2BEAT's
 * `SEQUENCER_CAN_SKIP` ("Log via L1": users log transactions on L1, the sequencer can skip them, the
 * Security Council minority can bypass it; Starknet).
 */
export const SEQUENCER_FAILURE = {
  'self-sequence': 'good',
  'force-via-l1': 'good',
  'enqueue-via-l1': 'warning',
  'log-via-l1': 'warning',
  'no-mechanism': 'bad',
  'under-review': 'UnderReview',
} as const satisfies Record<string, Sentiment>;

/**
 * What users can do if the proposer stops (L2BEAT's Proposer Failure). The whitelisted-proposer values:
 * `replace-proposer` (`PROPOSER_WHITELIST_GOVERNANCE`: decentralised governance can replace the proposer)
 * and `security-council-minority` (`PROPOSER_WHITELIST_SECURITY_COUNCIL`: the council minority is itself a
 * permissioned proposer; Starknet), both warning.
 */
export const PROPOSER_FAILURE = {
  'self-propose': 'good',
  'use-escape-hatch': 'good',
  'replace-proposer': 'warning',
  'security-council-minority': 'warning',
  'cannot-withdraw': 'bad',
  'under-review': 'UnderReview',
} as const satisfies Record<string, Sentiment>;

/** L2BEAT's exit-window rules: `EXIT_WINDOW` (standard), `EXIT_WINDOW_STARKNET`, `EXIT_WINDOW_ZKSTACK`. */
export const EXIT_WINDOW_RULES = ['standard', 'starknet', 'zkstack'] as const;

/** The Stage 1 items about ZK proof systems; null where the system has no ZK proofs (then they do not apply). */
export const ZK_STAGE_ITEMS = [
  'noRedTrustedSetups',
  'proverSourcePublished',
  'verifierContractsReproducible',
  'programHashesReproducible',
] as const;

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
  /** Which of L2BEAT's exit-window rules applies. */
  exitWindowRule: (typeof EXIT_WINDOW_RULES)[number];
  callsItselfRollup: boolean;
  /** L2BEAT's Stage 1 principle as stated for the system; null: derived from the three classic Stage 1 items. */
  stage1Principle: boolean | null;
  /** Stated outright; null: derived from the sequencer and proposer failure modes. */
  usersCanExitWithoutCooperation: boolean | null;
  /** Stated outright (L2BEAT's checklist) when the council's counts are not on record; null: derived from them. */
  securityCouncilProperlySetUp: boolean | null;
  /** The ZK Stage 1 items: met, unmet, or null when they do not apply. */
  zk: Record<(typeof ZK_STAGE_ITEMS)[number], boolean | null>;
};
