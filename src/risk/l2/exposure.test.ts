import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Collusion, DaLayer } from '../../model/system.ts';
import { valueWeightedExposure } from './exposure.ts';
import type { RiskFlags, SystemRisk } from './systemRisk.ts';

const system = (id: string, daLayer: DaLayer, flags: Partial<RiskFlags>, steal: Collusion): SystemRisk => ({
  id,
  name: id,
  kind: 'ethereum-l2',
  type: 'optimistic-rollup',
  daLayer,
  l2: null,
  steal,
  freeze: steal,
  censor: steal,
  exitLatency: { seconds: null, bound: 'at-least', parts: [] },
  custody: '',
  flags: { exitWindowNone: false, proofsAbsent: false, daOffchain: false, federatedBridge: false, ...flags },
});
const none: Collusion = { status: 'none', who: '' };
const one: Collusion = { status: 'parties', parties: 1, who: 'the proposer' };

describe(valueWeightedExposure.name, () => {
  const e = valueWeightedExposure([
    { risk: system('a', 'ethereum', { exitWindowNone: true }, none), valueUsd: 60 },
    {
      risk: system('b', 'celestia', { exitWindowNone: true, daOffchain: true, proofsAbsent: true }, one),
      valueUsd: 30,
    },
    { risk: system('c', 'dac', { daOffchain: true }, none), valueUsd: null },
    { risk: system('d', 'own-validators', { daOffchain: null, proofsAbsent: null }, none), valueUsd: 10 },
  ]);
  const bucket = (key: string) => e.buckets.find((b) => b.key === key);

  it('sums the value behind each weakness, with shares of all valued systems', () => {
    assert.equal(e.totalUsd, 100);
    assert.deepEqual(
      [bucket('exitWindowNone')?.usd, bucket('exitWindowNone')?.share, bucket('exitWindowNone')?.systems],
      [90, 0.9, ['a', 'b']],
    );
    assert.deepEqual([bucket('singlePartySteal')?.usd, bucket('singlePartySteal')?.systems], [30, ['b']]);
  });

  it('lists a system without a value figure instead of counting it as zero', () => {
    assert.deepEqual(bucket('daOffchain'), {
      key: 'daOffchain',
      label: 'data off the settlement chain',
      usd: 30,
      share: 0.3,
      systems: ['b'],
      unvalued: ['c'],
    });
    assert.deepEqual(e.unvalued, ['c']);
  });

  it('attributes value to DA layers, leaving out stake that does not depend on the data', () => {
    assert.deepEqual(
      e.daLayers.map((d) => [d.daLayer, d.usd, d.share]),
      [
        ['ethereum', 60, 0.6],
        ['celestia', 30, 0.3],
      ],
    );
    assert.deepEqual(e.notDaDependent, ['d']);
  });
});
