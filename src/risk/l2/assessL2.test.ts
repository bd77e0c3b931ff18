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
  exitWindowRule: 'standard',
  callsItselfRollup: true,
  stage1Principle: null,
  usersCanExitWithoutCooperation: null,
  securityCouncilProperlySetUp: null,
  zk: {
    noRedTrustedSetups: true,
    proverSourcePublished: true,
    verifierContractsReproducible: true,
    programHashesReproducible: true,
  },
};
const FRAUD: L2Design = {
  ...ROLLUP,
  stateValidation: 'fraud-proofs',
  zk: {
    noRedTrustedSetups: null,
    proverSourcePublished: null,
    verifierContractsReproducible: null,
    programHashesReproducible: null,
  },
};
const keys = (rs: { key: string }[]) => rs.map((r) => r.key);

describe(assessL2.name, () => {
  it('rates a ZK rollup with a 30-day window and a proper council Stage 2, all good, without asking for permissionless fraud proofs', () => {
    const a = assessL2(ROLLUP);
    assert.equal(a.stage, 'Stage 2');
    assert.equal(a.worst, 'good');
    assert.deepEqual(a.exitWindow, { seconds: d(30), value: '1mo', sentiment: 'good' });
    assert.deepEqual([a.unmet, a.preconditions, a.missing], [[], [], null]);
  });

  it('judges committee DA by the DAC rule and lists data off L1 as an unmet Stage 0 precondition, not as missing', () => {
    const a = assessL2({ ...ROLLUP, dataAvailability: 'dac', dac: { members: 14, threshold: 10 } });
    assert.deepEqual(a.dataAvailability, {
      value: 'External (DAC 10/14)',
      sentiment: 'bad',
      minimumHonest: 5,
    });
    assert.equal(a.stage, 'Stage 2');
    assert.deepEqual(keys(a.preconditions), ['dataAvailabilityOnL1']);
  });

  it('makes an instantly upgradable system bad on exit window and Stage 0, missing the 7-day item and the principle', () => {
    const a = assessL2({ ...ROLLUP, upgradeDelaySeconds: 0 });
    assert.deepEqual([a.exitWindow.value, a.exitWindow.sentiment, a.stage], ['None', 'bad', 'Stage 0']);
    assert.deepEqual(keys(a.missing?.requirements ?? []), ['usersHave7DaysToExit']);
    assert.equal(a.missing?.principle, true);
  });

  it('wants a council of at least 8 members with at least 75% to act: 9/12 and 6/8 pass, 8/12 and 7/7 do not', () => {
    const stage = (members: number, threshold: number) =>
      assessL2({ ...ROLLUP, securityCouncil: { members, threshold } }).stage;
    assert.deepEqual(
      [stage(12, 9), stage(8, 6), stage(12, 8), stage(7, 7)],
      ['Stage 2', 'Stage 2', 'Stage 0', 'Stage 0'],
    );
  });

  it('rates permissioned fraud proofs bad with fewer than 5 outside challengers and warning from 5 (riskView.ts @ 95a67bc)', () => {
    const sv = (n: number) =>
      assessL2({ ...FRAUD, stateValidation: 'fraud-proofs-permissioned', externalProofActors: n }).rosette[0];
    assert.deepEqual([sv(4)?.sentiment, sv(5)?.sentiment], ['bad', 'warning']);
  });

  it('holds fraud-proof designs to permissionless proofs for Stage 2, and to 5 outside challengers as a precondition', () => {
    const closed = assessL2({ ...FRAUD, permissionlessProofs: false, externalProofActors: 2 });
    assert.equal(closed.stage, 'Stage 1');
    assert.deepEqual(keys(closed.preconditions), ['fraudProofSystemAtLeast5Outsiders']);
    assert.deepEqual(keys(closed.missing?.requirements ?? []), ['fraudProofSystemIsPermissionless']);
  });

  it("expresses Starknet's rosette: Log via L1 and Security Council minority (warning), exit window upgrade delay less 1 d", () => {
    const a = assessL2({
      ...ROLLUP,
      upgradeDelaySeconds: d(8),
      exitDelaySeconds: 0,
      exitWindowRule: 'starknet',
      sequencerFailure: 'log-via-l1',
      proposerFailure: 'security-council-minority',
      councilOnlyForProvableBugs: false,
    });
    assert.deepEqual(
      a.rosette.map((r) => [r.value, r.sentiment]),
      [
        ['zk-proofs', 'good'],
        ['onchain', 'good'],
        ['7d', 'warning'],
        ['log-via-l1', 'warning'],
        ['security-council-minority', 'warning'],
      ],
    );
    assert.equal(a.stage, 'Stage 1');
  });

  it('holds a ZK design to the newer Stage 1 items: one unmet drops it to Stage 0 once in force, or warns while the countdown runs', () => {
    const unpublished = { ...ROLLUP, zk: { ...ROLLUP.zk, proverSourcePublished: false } };
    assert.equal(assessL2(unpublished).stage, 'Stage 0');
    const day = '2026-01-01' as never;
    const upcoming = {
      stage: 'stage1' as const,
      items: [
        'noRedTrustedSetups',
        'proverSourcePublished',
        'verifierContractsReproducible',
        'programHashesReproducible',
      ],
      expiresOn: '2026-02-01' as never,
    };
    const early = assessL2(unpublished, { day, upcoming });
    assert.deepEqual([early.stage, early.downgradePending?.toStage], ['Stage 2', 'Stage 0']);
  });

  it('carries UnderReview through as the worst slice', () => {
    assert.equal(assessL2({ ...ROLLUP, sequencerFailure: 'under-review' }).worst, 'UnderReview');
  });
});
