import type { L2Design } from '../../model/l2-design.ts';
import { councilProperlySetUp, type RollupChecklist } from './rollupStageBlueprint.ts';

const DAY_S = 86_400;
const PROVEN = new Set<L2Design['stateValidation']>([
  'zk-proofs',
  'fraud-proofs',
  'fraud-proofs-permissioned',
]);
const CAN_FORCE = new Set<L2Design['sequencerFailure']>(['self-sequence', 'force-via-l1', 'log-via-l1']);
const CAN_PROPOSE = new Set<L2Design['proposerFailure']>([
  'self-propose',
  'use-escape-hatch',
  'security-council-minority',
]);

/**
 * A design's answers to L2BEAT's rollup checklist (`getRollupStage`). Fraud-proof items apply to fraud-proof
 * designs only (null for ZK proofs, as L2BEAT's ZK configs state them); a permissionless fraud-proof system
 * counts as having 5 outside challengers. Users exit without cooperation when L1 can force the sequencer
 * (self sequence, force via L1, or the Security Council minority's bypass) and someone outside the operator
 * can propose (self propose, escape hatch, council minority), unless stated outright. The principle, unless
 * stated, holds when the three classic Stage 1 items hold. The council is properly set up with ≥ 8 members and
 * a ≥ 75% threshold (L2BEAT's stages framework, MODELS §4) unless stated outright. Windows in seconds (null: not upgradeable).
 */
export function rollupChecklist(d: L2Design, exitWindowSeconds: number | null): RollupChecklist {
  const fraud = d.stateValidation === 'fraud-proofs' || d.stateValidation === 'fraud-proofs-permissioned';
  const atLeast = (s: number | null, days: number) => s === null || s >= days * DAY_S;
  const exitWithout =
    d.usersCanExitWithoutCooperation ??
    (CAN_FORCE.has(d.sequencerFailure) && CAN_PROPOSE.has(d.proposerFailure));
  const sevenDays = d.onlyCouncilCanUpgrade || atLeast(d.nonCouncilExitWindowSeconds ?? exitWindowSeconds, 7);
  const council = d.securityCouncilProperlySetUp ?? councilProperlySetUp(d.securityCouncil);
  return {
    stage0: {
      stateVerificationOnL1: PROVEN.has(d.stateValidation),
      fraudProofSystemAtLeast5Outsiders: fraud ? d.permissionlessProofs || d.externalProofActors >= 5 : null,
      callsItselfRollup: d.callsItselfRollup,
      stateRootsPostedToL1: d.stateRootsOnL1,
      dataAvailabilityOnL1: d.dataAvailability === 'onchain',
      rollupNodeSourceAvailable: d.nodeSourceAvailable,
    },
    stage1: {
      principle: d.stage1Principle ?? (exitWithout && sevenDays && council),
      usersCanExitWithoutCooperation: exitWithout,
      usersHave7DaysToExit: sevenDays,
      securityCouncilProperlySetUp: council,
      ...d.zk,
    },
    stage2: {
      fraudProofSystemIsPermissionless: fraud ? d.permissionlessProofs : null,
      delayWith30DExitWindow: atLeast(exitWindowSeconds, 30),
      proofSystemOverriddenOnlyInCaseOfABug: d.councilOnlyForProvableBugs,
    },
  };
}
