import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Month } from '../core/day.ts';
import type { ChainId } from '../model/chain.ts';
import { l2ShareByMonth } from './l2Share.ts';

const row = (month: string, chain: string, tvlUsd: number, dataset = 'monthly') => ({
  month: month as Month,
  chain: chain as ChainId,
  tvlUsd,
  dataset,
});

describe(l2ShareByMonth.name, () => {
  it('computes Σ L2 / (Ethereum + Σ L2) and ignores chains that are not Ethereum L2s', () => {
    const [m] = l2ShareByMonth([
      row('2024-01', 'ethereum', 70),
      row('2024-01', 'arbitrum', 20),
      row('2024-01', 'base', 10),
      row('2024-01', 'bsc', 999),
    ]);
    assert.equal(m?.share, 0.3);
    assert.deepEqual(m?.l2s, ['arbitrum', 'base']);
  });
  it('leaves out a chain with no parent (unregistered, or an L1) and an L2 of another parent', () => {
    const [m] = l2ShareByMonth([
      row('2024-01', 'ethereum', 80),
      row('2024-01', 'arbitrum', 20),
      row('2024-01', 'some-new-chain', 500),
      row('2024-01', 'solana', 300),
      row('2024-01', 'merlin', 40),
    ]);
    assert.equal(m?.share, 0.2);
    assert.deepEqual(m?.byChain, { arbitrum: 20 });
  });
  it('reports an unknown denominator or numerator as null, never 0% or 100%', () => {
    assert.equal(l2ShareByMonth([row('2020-01', 'ethereum', 70)])[0]?.share, null);
    const [m] = l2ShareByMonth([row('2024-01', 'arbitrum', 20)]);
    assert.equal(m?.share, null);
    assert.equal(m?.ethereumUsd, null);
  });
  it('marks months covered only by a narrower dataset as partial and prefers the fuller dataset', () => {
    const months = l2ShareByMonth([
      row('2023-12', 'ethereum', 50, 'daily'),
      row('2023-12', 'arbitrum', 10, 'daily'),
      row('2024-01', 'ethereum', 61, 'daily'),
      row('2024-01', 'arbitrum', 11, 'daily'),
      row('2024-01', 'ethereum', 60),
      row('2024-01', 'arbitrum', 10),
      row('2024-01', 'base', 30),
      row('2024-02', 'ethereum', 60),
      row('2024-02', 'arbitrum', 40),
    ]);
    assert.deepEqual(
      months.map((m) => [m.month, m.partial, m.share]),
      [
        ['2023-12', true, 10 / 60],
        ['2024-01', false, 0.4],
        ['2024-02', false, 0.4],
      ],
    );
  });
});
