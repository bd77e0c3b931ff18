/** L2BEAT's stages. */
export type Stage = 'Stage 0' | 'Stage 1' | 'Stage 2';

/** One stage of a blueprint: its items (key → the requirement in Faultline's words) and an optional principle. */
export type StageBlueprint = { name: Stage; principle?: string; items: Readonly<Record<string, string>> };

/**
 * The rollup checklist of L2BEAT's `getRollupStage` (l2beat/l2beat `packages/config/src/common/stages/getRollupStage.ts`
 * @ 024b02a00429a0dc1d6a144babf3ee97278b9155, `getBlueprint`): the same stages, item keys and order; the
 * wording is Faultline's. Stage 0 items are preconditions (a project failing them is in L2BEAT's "Others"),
 * never "missing".
 */
export const ROLLUP_BLUEPRINT = {
  stage0: {
    name: 'Stage 0',
    items: {
      stateVerificationOnL1: 'a complete and functional proof system is deployed',
      fraudProofSystemAtLeast5Outsiders: 'at least 5 external actors can submit fraud proofs',
      callsItselfRollup: 'the project calls itself a rollup',
      stateRootsPostedToL1: 'state roots are posted to Ethereum L1',
      dataAvailabilityOnL1: 'the inputs of the state transition function are posted to Ethereum L1',
      rollupNodeSourceAvailable: 'a source-available node can recreate the state from L1 data',
    },
  },
  stage1: {
    name: 'Stage 1',
    principle:
      'compromising ≥ 75% of the Security Council is the only way (bugs aside) to block an L2→L1 message indefinitely or push an invalid one with a < 7 d exit window',
    items: {
      usersCanExitWithoutCooperation: 'users can exit without the help of the permissioned operators',
      usersHave7DaysToExit:
        'users have at least 7 d to exit before an upgrade by actors more centralised than a Security Council',
      securityCouncilProperlySetUp: 'the Security Council is properly set up (≥ 8 members, ≥ 75% threshold)',
      noRedTrustedSetups: "the proof system meets L2BEAT's minimum trusted-setup requirements",
      proverSourcePublished: 'the prover source code is published',
      verifierContractsReproducible: 'the onchain verifier contracts can be regenerated from their source',
      programHashesReproducible: 'all program sources are public and their hashes can be regenerated',
    },
  },
  stage2: {
    name: 'Stage 2',
    items: {
      fraudProofSystemIsPermissionless: 'fraud-proof submission is open to everyone',
      delayWith30DExitWindow: 'upgrades unrelated to onchain provable bugs give at least 30 d to exit',
      proofSystemOverriddenOnlyInCaseOfABug: 'the Security Council acts only on onchain provable bugs',
    },
  },
} as const satisfies Record<string, StageBlueprint>;

type Items<S extends keyof typeof ROLLUP_BLUEPRINT> = keyof (typeof ROLLUP_BLUEPRINT)[S]['items'];

/** An item's value: met, unmet, under review, or null when it does not apply (then it is skipped). */
export type ChecklistValue = boolean | 'UnderReview' | null;

/** The answers L2BEAT's `getRollupStage` takes, item by item (`principle` for Stage 1). */
export type RollupChecklist = {
  stage0: Record<Items<'stage0'>, ChecklistValue>;
  stage1: Record<Items<'stage1'> | 'principle', ChecklistValue>;
  stage2: Record<Items<'stage2'>, ChecklistValue>;
};

/** A set of Stage-1 items L2BEAT announced with a countdown: before `expiresOn` they only warn. */
export type UpcomingItems = { stage: keyof typeof ROLLUP_BLUEPRINT; items: readonly string[] };

/**
 * The newer Stage 1 items (`UPCOMING_STAGE_1_ITEMS` of getRollupStage.ts @ 024b02a). Their countdown date
 * (`PROJECT_COUNTDOWNS.stageChanges` in the version that introduced them) is not in the stored reference, so
 * Faultline enforces them unless a caller passes the countdown day.
 */
export const UPCOMING_STAGE_1: UpcomingItems = {
  stage: 'stage1',
  items: [
    'noRedTrustedSetups',
    'proverSourcePublished',
    'verifierContractsReproducible',
    'programHashesReproducible',
  ],
};

/** L2BEAT's bar for a properly set-up Security Council: at least 8 members and at least 75% needed to act. */
export function councilProperlySetUp(council: { members: number; threshold: number } | null): boolean {
  return council !== null && council.members >= 8 && 4 * council.threshold >= 3 * council.members;
}
