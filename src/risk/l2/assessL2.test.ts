import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { L2Design } from '../../model/l2-design.ts';
import { assessL2 } from './assessL2.ts';

const d = (n: number) => n * 86_400;
const ROLLUP: L2Design = {
  name: null,
  upgradeDelaySeconds: d(37),
  upgradeDelay2Seconds: null,
  exitDelaySeconds: d(7),
  upgradeable: true,
  stateValidation: 'zk-proofs',
  dataAvailability: 'onchain',
  dac: null,
  sequencerFailure: 'force-via-l1',
  proposerFailure: 'self-propose',
  stateRootsOnL1: true,
  externalProofActors: 6,
  nodeSourceAvailable: true,
  securityCouncil: { members: 12, threshold: 9 },
  nonCouncilExitWindowSeconds: null,
  onlyCouncilCanUpgrade: false,
  permissionlessProofs: true,
  councilOnlyForProvableBugs: true,
};

describe(assessL2.name, () => {
  it('rates a rollup with a 30-day window, permissionless proofs and a proper council Stage 2, all good', () => {
    const a = assessL2(ROLLUP);
    assert.equal(a.stage, 'Stage 2');
    assert.equal(a.worst, 'good');
    assert.deepEqual(a.exitWindow, { seconds: d(30), value: '30d', sentiment: 'good' });
  });

  it('judges committee DA by the DAC rule and keeps such a validium below Stage 0', () => {
    const a = assessL2({ ...ROLLUP, dataAvailability: 'dac', dac: { members: 14, threshold: 10 } });
    assert.deepEqual(a.dataAvailability, {
      value: 'External (DAC 10/14)',
      sentiment: 'bad',
      minimumHonest: 5,
    });
    assert.equal(a.stage, null);
    assert.deepEqual(
      a.unmet.map((u) => u.requirement),
      ['data is published on L1'],
    );
  });

  it('makes an instantly upgradable system bad on exit window and at most Stage 0', () => {
    const a = assessL2({ ...ROLLUP, upgradeDelaySeconds: 0 });
    assert.deepEqual([a.exitWindow.value, a.exitWindow.sentiment, a.stage], ['None', 'bad', 'Stage 0']);
  });

  it('carries UnderReview through as the worst slice', () => {
    assert.equal(assessL2({ ...ROLLUP, sequencerFailure: 'under-review' }).worst, 'UnderReview');
  });
});
