import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildProtocolIndex, coveringKeys, largestMember } from './protocolIdentity.ts';

const snapshot = [
  { slug: 'zerolend-lending', name: 'ZeroLend Lending', category: 'Lending' },
  { slug: 'zerolend-vaults', name: 'ZeroLend Vaults', category: 'Risk Curators' },
  { slug: 'aave-v3', name: 'Aave V3', category: 'Lending' },
  { slug: 'ether.fi-stake', name: 'ether.fi Stake', category: 'Liquid Restaking' },
  { slug: 'morpho-blue', name: 'Morpho Blue', category: 'Lending' },
  { slug: 'morpho-vaults', name: 'Morpho Vaults', category: 'Risk Curators' },
];

describe(buildProtocolIndex.name, () => {
  it('puts a slug and its children under one parent named by their common prefix', () => {
    const index = buildProtocolIndex(snapshot, ['zerolend']);
    const zerolend = index.forKey('zerolend');
    assert.equal(zerolend.id, 'zerolend');
    assert.equal(zerolend.name, 'ZeroLend');
    assert.deepEqual(
      zerolend.members.map((m) => m.name),
      ['ZeroLend Lending', 'ZeroLend Vaults'],
    );
  });
  it('resolves a query by slug, by either child name, or by alias, to the same protocol', () => {
    const index = buildProtocolIndex(snapshot, ['zerolend', 'etherfi', 'aave-v3']);
    for (const q of ['zerolend', 'ZeroLend', 'ZeroLend Lending', 'zerolend vaults'])
      assert.equal(index.resolve(q).id, 'zerolend', q);
    assert.equal(index.resolve('ether.fi Stake').id, 'ether.fi-stake');
    assert.deepEqual(index.forKey('etherfi').keys, ['etherfi']);
    assert.equal(index.resolve('Aave V3').id, 'aave-v3');
  });
  it('names the candidates when a query is unknown', () => {
    const index = buildProtocolIndex(snapshot, ['morpho', 'morpho-blue']);
    assert.throws(() => index.resolve('morph'), /unknown protocol "morph"; candidates: .*Morpho/);
  });
});

describe('protocol parents', () => {
  it('names a parent by the child-name prefix that is its slug, and applies curated overrides', () => {
    const snap = [
      { slug: 'baseswap-v2', name: 'BaseSwap V2', category: 'Dexs' },
      { slug: 'sushi-bentobox', name: 'Sushi BentoBox', category: 'Yield' },
      { slug: 'sushiswap', name: 'SushiSwap', category: 'Dexs' },
      { slug: 'okx-swap', name: 'OKX Swap', category: 'DEX Aggregator' },
    ];
    const index = buildProtocolIndex(snap, ['baseswap', 'sushi', 'okx']);
    assert.equal(index.forKey('baseswap').name, 'BaseSwap');
    assert.deepEqual(
      index.forKey('sushi').members.map((m) => m.name),
      ['Sushi BentoBox', 'SushiSwap'],
    );
    assert.equal(index.forKey('okx').category, 'CEX');
    assert.deepEqual(index.forKey('okx').members, []);
  });
  it('gives a parent its largest product\'s category, never "Parent" (the 2025-12-19 snapshot\'s Sushi and SwapBased)', () => {
    const snap = [
      { slug: 'sushi-bentobox', name: 'Sushi BentoBox', category: 'Yield', tvlUsd: 3_012_778.75 },
      { slug: 'sushiswap-v3', name: 'SushiSwap V3', category: 'Dexs', tvlUsd: 131_967_938.31 },
      { slug: 'sushiswap', name: 'SushiSwap', category: 'Dexs', tvlUsd: 106_061_382.42 },
      { slug: 'swapbased-perp', name: 'SwapBased Perp', category: 'Derivatives', tvlUsd: 17_386.85 },
      { slug: 'swapbased-amm', name: 'SwapBased AMM', category: 'Dexs', tvlUsd: 143_882.16 },
    ];
    const index = buildProtocolIndex(snap, ['sushi', 'swapbased']);
    assert.equal(index.forKey('sushi').category, 'Dexs');
    assert.equal(index.forKey('swapbased').category, 'Dexs');
    assert.ok(index.forKey('swapbased').parent);
    assert.equal(largestMember(index.forKey('sushi').members)?.slug, 'sushiswap-v3');
  });
});

describe(coveringKeys.name, () => {
  it('leaves a product with history to its parent with history: one row per protocol', () => {
    const snap = [
      { slug: 'swapbased-amm', name: 'SwapBased AMM', category: 'Dexs' },
      { slug: 'swapbased-perp', name: 'SwapBased Perp', category: 'Derivatives' },
      { slug: 'aave-v3', name: 'Aave V3', category: 'Lending' },
    ];
    const keys = ['swapbased', 'swapbased-amm', 'swapbased-perp', 'aave-v3', 'etherfi', 'ether.fi-stake'];
    const covering = coveringKeys(buildProtocolIndex(snap, keys), keys);
    assert.deepEqual(
      [...covering].sort(),
      [
        ['swapbased-amm', 'swapbased'],
        ['swapbased-perp', 'swapbased'],
      ],
      'a product alone (aave-v3) and two keys of one identity stand for themselves',
    );
  });
});
