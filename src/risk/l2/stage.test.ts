import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateStage, type StageFacts } from './stage.ts';

const d = (n: number) => n * 86_400;
/** A Stage 2 system: every requirement met. */
const STAGE_2: StageFacts = {
  stateRootsOnL1: true,
  dataOnL1: true,
  proofSystem: true,
  fraudProofs: true,
  externalProofActors: 10,
  nodeSourceAvailable: true,
  exitWithoutCooperation: true,
  nonCouncilExitWindowSeconds: d(30),
  securityCouncil: { members: 12, threshold: 9 },
  permissionlessProofs: true,
  exitWindowSeconds: d(30),
  councilOnlyForProvableBugs: true,
};

describe(evaluateStage.name, () => {
  it('gives Stage 2 when every requirement is met', () => {
    assert.deepEqual(evaluateStage(STAGE_2), { stage: 'Stage 2', unmet: [] });
  });

  it('stops at the first stage with an unmet requirement and lists it', () => {
    const r = evaluateStage({ ...STAGE_2, exitWindowSeconds: d(7), permissionlessProofs: false });
    assert.equal(r.stage, 'Stage 1');
    assert.deepEqual(
      r.unmet.map((u) => u.stage),
      ['Stage 2', 'Stage 2'],
    );
    assert.equal(evaluateStage({ ...STAGE_2, exitWithoutCooperation: false }).stage, 'Stage 0');
    assert.equal(evaluateStage({ ...STAGE_2, externalProofActors: 4 }).stage, null);
  });

  it('asks for 5 outside challengers only of fraud proofs: a ZK rollup with none keeps its stage', () => {
    const zk = { ...STAGE_2, fraudProofs: false, externalProofActors: 0 };
    assert.equal(evaluateStage(zk).stage, 'Stage 2');
  });

  it('needs at least 75% of the security council to act: 9 of 12 is enough, 8 of 12 is not', () => {
    assert.equal(
      evaluateStage({ ...STAGE_2, securityCouncil: { members: 12, threshold: 8 } }).stage,
      'Stage 0',
    );
    assert.equal(evaluateStage({ ...STAGE_2, securityCouncil: null }).stage, 'Stage 0');
  });

  it('counts exactly 7 days as enough for Stage 1 and exactly 30 for Stage 2', () => {
    const r = evaluateStage({ ...STAGE_2, nonCouncilExitWindowSeconds: d(7), exitWindowSeconds: d(30) });
    assert.equal(r.stage, 'Stage 2');
    assert.equal(evaluateStage({ ...STAGE_2, nonCouncilExitWindowSeconds: d(7) - 1 }).stage, 'Stage 0');
  });

  it('never holds a higher stage over an unmet lower requirement', () => {
    const r = evaluateStage({ ...STAGE_2, nodeSourceAvailable: false });
    assert.equal(r.stage, null);
    assert.deepEqual(r.unmet, [{ stage: 'Stage 0', requirement: 'node source code is available' }]);
  });
});
