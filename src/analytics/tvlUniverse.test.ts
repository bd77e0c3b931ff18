import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLASS } from '../model/tvlMethodology.ts';
import { buildProtocolIndex } from './protocolIdentity.ts';
import { tvlUniverse } from './tvlUniverse.ts';

const SNAPSHOT = [
  { slug: 'aave-v3', name: 'Aave V3', category: 'Lending', tvlUsd: 30 },
  { slug: 'aave-v2', name: 'Aave V2', category: 'Lending', tvlUsd: 1 },
  { slug: 'zerolend-lending', name: 'ZeroLend Lending', category: 'Lending', tvlUsd: 8 },
  { slug: 'zerolend-vaults', name: 'ZeroLend Vaults', category: 'Yield Aggregator', tvlUsd: 2 },
  { slug: 'beefy', name: 'Beefy', category: 'Yield Aggregator', tvlUsd: 1 },
];

describe(tvlUniverse.name, () => {
  it('counts a parent once: a product with its own history is left to the parent', () => {
    const u = tvlUniverse(buildProtocolIndex(SNAPSHOT, ['aave', 'aave-v3', 'beefy']), [
      'aave',
      'aave-v3',
      'beefy',
    ]);
    assert.deepEqual([...u.counted].sort(), ['aave', 'beefy']);
    assert.equal(u.entries.get('aave-v3')?.coveredBy, 'aave');
  });
  it("classifies a parent by its largest product's category", () => {
    const u = tvlUniverse(buildProtocolIndex(SNAPSHOT, ['zerolend', 'beefy']), ['zerolend', 'beefy']);
    assert.equal(u.entries.get('zerolend')?.category, 'Lending');
    assert.equal(u.classes.get('zerolend'), 0);
    assert.equal(u.classes.get('beefy'), CLASS.doublecounted);
  });
});
