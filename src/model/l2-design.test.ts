import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { L2Design, RegistryL2Design } from './l2-design.ts';

const example = JSON.parse(readFileSync('examples/l2-design.json', 'utf8')) as Record<string, unknown>;
/** The first issue of a refused design: its JSON path and message. */
const refusal = (input: unknown) => {
  const parsed = L2Design.safeParse(input);
  assert.equal(parsed.success, false, 'the design should be refused');
  const issue = parsed.error?.issues[0];
  return { path: issue?.path.join('.'), message: issue?.message ?? '' };
};

describe('L2Design', () => {
  it("turns the example file into the engine's design, absent fields at their documented defaults", () => {
    const d = L2Design.parse(example);
    assert.equal(d.name, 'An OP Stack rollup with a 30-day timelock');
    assert.equal(d.exitDelaySeconds, 604_800);
    assert.deepEqual(d.securityCouncil, { members: 12, threshold: 9 });
    assert.equal(d.upgradeable, true);
    assert.equal(d.stateRootsOnL1, true);
    assert.equal(d.exitWindowRule, 'standard');
    assert.equal(d.callsItselfRollup, true);
    assert.equal(d.upgradeDelay2Seconds, null);
    assert.equal(d.dac, null);
    assert.equal(d.stage1Principle, null);
    assert.deepEqual(Object.values(d.zk), [null, null, null, null], 'ZK items do not apply to fraud proofs');
  });

  it('counts absent ZK items as unmet for a ZK-proven design, and keeps the ones stated', () => {
    const d = L2Design.parse({ ...example, stateValidation: 'zk-proofs', proverSourcePublished: true });
    assert.deepEqual(d.zk, {
      noRedTrustedSetups: false,
      proverSourcePublished: true,
      verifierContractsReproducible: false,
      programHashesReproducible: false,
    });
  });

  it('refuses a committee DA without its committee, at dac', () => {
    assert.deepEqual(refusal({ ...example, dataAvailability: 'dac' }), {
      path: 'dac',
      message: 'dataAvailability "dac" needs dac: {members, threshold}',
    });
  });

  it('refuses a council threshold above its member count, at the threshold', () => {
    const r = refusal({ ...example, securityCouncil: { members: 3, threshold: 4 } });
    assert.deepEqual(r, {
      path: 'securityCouncil.threshold',
      message: 'threshold is above the member count',
    });
  });

  it('refuses a misspelt field instead of ignoring it, naming the key', () => {
    const r = refusal({ ...example, nodeSourceAvalable: true });
    assert.match(r.message, /nodeSourceAvalable/);
  });

  it('refuses a choice outside L2BEAT vocabulary, at its field', () => {
    assert.equal(refusal({ ...example, sequencerFailure: 'pray' }).path, 'sequencerFailure');
  });

  it('needs an exit delay, which only a registry entry may leave unknown', () => {
    assert.equal(refusal({ ...example, exitDelaySeconds: null }).path, 'exitDelaySeconds');
    assert.equal(RegistryL2Design.parse({ ...example, exitDelaySeconds: null }).exitDelaySeconds, null);
  });
});
