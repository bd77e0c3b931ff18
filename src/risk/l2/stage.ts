/** The facts L2BEAT's stage checklist asks about (MODELS §4); durations in seconds. */
export type StageFacts = {
  /** State roots are posted to L1. */
  stateRootsOnL1: boolean;
  /** Transaction data is published on L1 (blobs or calldata). */
  dataOnL1: boolean;
  /** A proof system (fraud or validity proofs) is live. */
  proofSystem: boolean;
  /** The proof system is a fraud-proof system (the 5-outsider rule applies only to those). */
  fraudProofs: boolean;
  /** Actors outside the team who can submit challenges. */
  externalProofActors: number;
  /** A node can be run from available source code to reconstruct the state. */
  nodeSourceAvailable: boolean;
  /** Users can leave without the operator's cooperation (forced inclusion, self-proposing, escape hatch). */
  exitWithoutCooperation: boolean;
  /** Time users have to exit before an upgrade not made by the security council (seconds; null: not upgradeable). */
  nonCouncilExitWindowSeconds: number | null;
  /** The security council (`threshold` of `members` signatures), or null when there is none. */
  securityCouncil: { members: number; threshold: number } | null;
  /** Anyone can submit proofs (no allow-list). */
  permissionlessProofs: boolean;
  /** The exit window for every upgrade (seconds; null: not upgradeable). */
  exitWindowSeconds: number | null;
  /** The security council may act only on bugs provable on chain. */
  councilOnlyForProvableBugs: boolean;
};

export type Stage = 'Stage 0' | 'Stage 1' | 'Stage 2';

/** A requirement not met, with the stage it belongs to. */
export type UnmetRequirement = { stage: Stage; requirement: string };

const DAY_S = 86_400;
const atLeast = (seconds: number | null, days: number) => seconds === null || seconds >= days * DAY_S;
const councilSetUp = (c: StageFacts['securityCouncil']) => c !== null && 4 * c.threshold >= 3 * c.members;

const CHECKLIST: readonly { stage: Stage; requirement: string; met: (f: StageFacts) => boolean }[] = [
  { stage: 'Stage 0', requirement: 'state roots are posted to L1', met: (f) => f.stateRootsOnL1 },
  { stage: 'Stage 0', requirement: 'data is published on L1', met: (f) => f.dataOnL1 },
  { stage: 'Stage 0', requirement: 'a proof system is live', met: (f) => f.proofSystem },
  {
    stage: 'Stage 0',
    requirement: 'a fraud-proof system has at least 5 external challengers',
    met: (f) => !f.fraudProofs || f.externalProofActors >= 5,
  },
  { stage: 'Stage 0', requirement: 'node source code is available', met: (f) => f.nodeSourceAvailable },
  {
    stage: 'Stage 1',
    requirement: 'users can exit without cooperation',
    met: (f) => f.exitWithoutCooperation,
  },
  {
    stage: 'Stage 1',
    requirement: 'at least 7 days to exit before upgrades not made by the security council',
    met: (f) => atLeast(f.nonCouncilExitWindowSeconds, 7),
  },
  {
    stage: 'Stage 1',
    requirement: 'a security council properly set up (at least 75% of it needed to act)',
    met: (f) => councilSetUp(f.securityCouncil),
  },
  { stage: 'Stage 2', requirement: 'proofs are permissionless', met: (f) => f.permissionlessProofs },
  {
    stage: 'Stage 2',
    requirement: 'at least 30 days to exit before any upgrade',
    met: (f) => atLeast(f.exitWindowSeconds, 30),
  },
  {
    stage: 'Stage 2',
    requirement: 'the security council acts only on bugs provable on chain',
    met: (f) => f.councilOnlyForProvableBugs,
  },
];

/**
 * L2BEAT's stages as a checklist (l2beat `common/stages/getStage.ts`, MODELS §4): the stage is the
 * highest one whose requirements, and those of every stage below it, are all met; null when even
 * Stage 0 has an unmet requirement. `unmet` lists what stands between the system and each higher stage.
 * @example evaluateStage(facts).stage === 'Stage 1'
 */
export function evaluateStage(facts: StageFacts): { stage: Stage | null; unmet: UnmetRequirement[] } {
  const unmet = CHECKLIST.filter((r) => !r.met(facts)).map(({ stage, requirement }) => ({
    stage,
    requirement,
  }));
  const first = unmet[0]?.stage;
  const stage: Stage | null =
    first === undefined
      ? 'Stage 2'
      : first === 'Stage 2'
        ? 'Stage 1'
        : first === 'Stage 1'
          ? 'Stage 0'
          : null;
  return { stage, unmet };
}
