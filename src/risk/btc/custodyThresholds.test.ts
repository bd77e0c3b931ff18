import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Collusion } from '../../model/system.ts';
import { custodyThresholds } from './custodyThresholds.ts';

const count = (c: Collusion) => (c.status === 'parties' ? c.parties : c.status);

describe(custodyThresholds.name, () => {
  it('needs every BitVM2 setup signer to steal and every operator to freeze (1-of-n honesty)', () => {
    const t = custodyThresholds({ kind: 'bitvm2', signers: 10, operators: 5 });
    assert.deepEqual([count(t.steal), count(t.freeze)], [10, 5]);
  });

  it('reads a Powpeg-style federation: ⌊n/2⌋+1 of n to steal, the rest plus one to freeze', () => {
    const n = 9;
    const t = custodyThresholds({ kind: 'federation', members: n, threshold: Math.floor(n / 2) + 1 });
    assert.deepEqual([count(t.steal), count(t.freeze)], [5, 5]);
  });

  it('reproduces sBTC (MODELS §5): 70% of 14 signers is 10 to steal, 5 to freeze', () => {
    const t = custodyThresholds({ kind: 'threshold-signers', members: 14, share: 0.7 });
    assert.deepEqual([count(t.steal), count(t.freeze)], [10, 5]);
  });

  it('leaves self-custodial staking unstealable by the covenant committee (Babylon 6-of-9)', () => {
    const t = custodyThresholds({ kind: 'self-custody', members: 9, threshold: 6 });
    assert.deepEqual([count(t.steal), count(t.freeze)], ['none', 'none']);
    assert.match(t.note, /6-of-9 covenant co-signs slashing/);
    assert.match(t.note, /4 can delay early unbonding/);
  });

  it('says unknown, never zero, when the signer set is not public', () => {
    const t = custodyThresholds({ kind: 'federation', members: null, threshold: null });
    assert.deepEqual([count(t.steal), count(t.freeze)], ['unknown', 'unknown']);
    const b = custodyThresholds({ kind: 'bitvm2', signers: null, operators: 3 });
    assert.deepEqual([count(b.steal), count(b.freeze)], ['unknown', 3]);
  });

  it('lets a single custodian steal or freeze alone', () => {
    const t = custodyThresholds({ kind: 'custodian', name: 'Cobo MPC' });
    assert.deepEqual([count(t.steal), count(t.freeze)], [1, 1]);
  });
});
