import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../../core/day.ts';
import type { ChainId } from '../../model/chain.ts';
import type { L2Design } from '../../model/l2-design.ts';
import type { Collusion, SystemFacts } from '../../model/system.ts';
import { assessSystem, latencyText } from './systemRisk.ts';

const D = 86_400;
const design = (over: Partial<L2Design> = {}): L2Design => ({
  name: null,
  upgradeDelaySeconds: 0,
  upgradeDelay2Seconds: null,
  exitDelaySeconds: 7 * D,
  upgradeable: true,
  stateValidation: 'fraud-proofs',
  dataAvailability: 'onchain',
  dac: null,
  sequencerFailure: 'self-sequence',
  proposerFailure: 'self-propose',
  stateRootsOnL1: true,
  externalProofActors: 5,
  nodeSourceAvailable: true,
  securityCouncil: null,
  nonCouncilExitWindowSeconds: null,
  onlyCouncilCanUpgrade: false,
  permissionlessProofs: true,
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
  ...over,
});
const l2 = (over: Partial<SystemFacts> = {}, d: Partial<L2Design> = {}): SystemFacts => ({
  id: 'x',
  name: 'X',
  kind: 'ethereum-l2',
  chain: 'x' as ChainId,
  type: 'optimistic-rollup',
  stack: null,
  daLayer: 'ethereum',
  proofSystem: 'fraud proofs',
  asOf: '2024-11-15',
  since: '2024-11-15' as Day,
  l2beatId: null,
  bitcoinlayersSlug: null,
  btcStakingProtocol: null,
  design: design(d),
  sequencer: { kind: 'single', name: 'the sequencer' },
  proposer: { kind: 'single', name: 'the proposer' },
  instantUpgrader: null,
  pauser: null,
  custody: { kind: 'canonical' },
  delays: { forcedInclusionSeconds: 12 * 3600, settlementSeconds: 7 * D },
  notes: [],
  sources: [],
  ...over,
});
const count = (c: Collusion) => (c.status === 'parties' ? c.parties : c.status);

describe(assessSystem.name, () => {
  it('leaves no one able to steal from a rollup with proofs, an exit window and forced inclusion', () => {
    const r = assessSystem(l2({}, { upgradeDelaySeconds: 37 * D }));
    assert.deepEqual([count(r.steal), count(r.freeze), count(r.censor)], ['none', 'none', 'none']);
    assert.deepEqual(r.exitLatency, {
      seconds: 12 * 3600 + 7 * D,
      bound: 'exact',
      parts: [
        { name: 'forced inclusion', seconds: 12 * 3600 },
        { name: 'settlement (challenge or proof delay)', seconds: 7 * D },
      ],
    });
    assert.equal(latencyText(r.exitLatency), '7d 12h');
  });

  it('lets a 9-of-12 instant upgrader steal and freeze even with a 7-day window', () => {
    const council = { kind: 'committee' as const, name: 'Security Council', members: 12, threshold: 9 };
    const r = assessSystem(l2({ instantUpgrader: council }, { upgradeDelaySeconds: 14 * D }));
    assert.equal(r.l2?.exitWindow.value, '7d');
    assert.deepEqual([count(r.steal), count(r.freeze)], [9, 9]);
  });

  it('says unknown, not none, when upgrades outpace exits and no upgrader is recorded', () => {
    const r = assessSystem(l2());
    assert.equal(r.flags.exitWindowNone, true);
    assert.equal(r.steal.status, 'unknown');
  });

  it('without proofs the proposer alone can steal; a proposer that stops freezes withdrawals', () => {
    const r = assessSystem(l2({}, { stateValidation: 'none', proposerFailure: 'cannot-withdraw' }));
    assert.deepEqual([count(r.steal), count(r.freeze)], [1, 1]);
    assert.equal(r.flags.proofsAbsent, true);
    assert.equal(r.exitLatency.bound, 'operator-dependent');
  });

  it('counts N − M + 1 DAC members as enough to freeze a validium (10-of-14 → 5)', () => {
    const r = assessSystem(
      l2(
        { daLayer: 'dac' },
        { dataAvailability: 'dac', dac: { members: 14, threshold: 10 }, upgradeDelaySeconds: 40 * D },
      ),
    );
    assert.equal(r.l2?.dataAvailability.sentiment, 'bad');
    assert.deepEqual([count(r.freeze), r.flags.daOffchain], [5, true]);
  });

  it('a sequencer L1 cannot force can censor alone', () => {
    const r = assessSystem(l2({}, { sequencerFailure: 'no-mechanism' }));
    assert.equal(count(r.censor), 1);
  });

  it('a Bitcoin layer: the federation steals, the smaller of federation and halting validators freezes', () => {
    const r = assessSystem(
      l2({
        kind: 'bitcoin-layer',
        design: null,
        daLayer: 'own-validators',
        proofSystem: null,
        custody: { kind: 'federation', members: 9, threshold: 5 },
        sequencer: { kind: 'committee', name: 'validators', members: 21, threshold: 15 },
        delays: { withdrawalSeconds: null },
      }),
    );
    assert.deepEqual([count(r.steal), count(r.freeze), count(r.censor)], [5, 5, 7]);
    assert.equal(r.exitLatency.bound, 'operator-dependent');
    assert.deepEqual(
      [r.flags.federatedBridge, r.flags.proofsAbsent, r.flags.exitWindowNone],
      [true, true, null],
    );
  });

  it('self-custodied staking: no one steals or freezes; the exit is the unbonding period', () => {
    const r = assessSystem(
      l2({
        kind: 'bitcoin-layer',
        design: null,
        custody: { kind: 'self-custody', members: 9, threshold: 6 },
        sequencer: { kind: 'committee', name: 'validators', members: null, threshold: null },
        delays: { unbondingSeconds: 1_008 * 600 },
      }),
    );
    assert.deepEqual([count(r.steal), count(r.freeze), count(r.censor)], ['none', 'none', 'unknown']);
    assert.deepEqual([r.exitLatency.seconds, r.exitLatency.bound], [604_800, 'exact']);
    assert.deepEqual([r.flags.proofsAbsent, r.flags.daOffchain], [null, null]);
  });
});
