import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChainId } from '../../model/chain.ts';
import type { L2Design } from '../../model/l2-design.ts';
import type { L2RiskProfile, RiskValue } from '../../model/l2-risk.ts';
import { assessL2 } from './assessL2.ts';
import { compareWithL2beat } from './compareL2beat.ts';

const optimium: L2Design = {
  name: null,
  upgradeDelaySeconds: 0,
  upgradeDelay2Seconds: null,
  exitDelaySeconds: null,
  upgradeable: true,
  stateValidation: 'none',
  dataAvailability: 'external',
  dac: null,
  sequencerFailure: 'self-sequence',
  proposerFailure: 'cannot-withdraw',
  stateRootsOnL1: true,
  externalProofActors: 0,
  nodeSourceAvailable: true,
  securityCouncil: null,
  nonCouncilExitWindowSeconds: null,
  onlyCouncilCanUpgrade: false,
  permissionlessProofs: false,
  councilOnlyForProvableBugs: false,
  exitWindowRule: 'standard',
  callsItselfRollup: true,
  stage1Principle: null,
  usersCanExitWithoutCooperation: null,
  securityCouncilProperlySetUp: null,
  zk: {
    noRedTrustedSetups: null,
    proverSourcePublished: null,
    verifierContractsReproducible: null,
    programHashesReproducible: null,
  },
};
const v = (value: string, sentiment: RiskValue['sentiment']): RiskValue => ({ value, sentiment });
const published = (stage: string, proposer: RiskValue): L2RiskProfile => ({
  chain: 'mantle' as ChainId,
  name: 'Mantle',
  category: 'Optimium',
  provider: 'OP Stack',
  stage,
  rosette: {
    stateValidation: v('None', 'bad'),
    dataAvailability: v('External', 'bad'),
    exitWindow: v('None', 'bad'),
    sequencerFailure: v('Self sequence', 'good'),
    proposerFailure: proposer,
  },
  tvs: { totalUsd: 1, etherUsd: 0, stablecoinUsd: 0, associatedUsd: 0 },
});

describe(compareWithL2beat.name, () => {
  const ours = assessL2(optimium);

  it("agrees with L2BEAT's NotApplicable stage, and with its Stage 0, for an optimium that fails Stage 0 items", () => {
    assert.deepEqual(compareWithL2beat(ours, published('NotApplicable', v('Cannot withdraw', 'bad'))), []);
    assert.deepEqual(compareWithL2beat(ours, published('Stage 0', v('Cannot withdraw', 'bad'))), []);
  });

  it('flags a slice whose sentiment differs, and a stage L2BEAT gives that the checklist does not', () => {
    const d = compareWithL2beat(ours, published('Stage 1', v('Cannot withdraw', 'warning')));
    assert.deepEqual(
      d.map((x) => [x.subject, x.ours, x.theirs]),
      [
        ['stage', 'Stage 0', 'Stage 1'],
        ['proposerFailure', 'cannot-withdraw (bad)', 'Cannot withdraw (warning)'],
      ],
    );
    assert.match(d[0]?.reason ?? '', /unmet for Stage 1: users can exit without the help/);
    assert.match(
      d[0]?.reason ?? '',
      /preconditions unmet: a complete and functional proof system is deployed/,
    );
  });
});
