import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../core/day.ts';
import { splitFlows } from './inflows.ts';

const ETH_USD: Record<string, number> = { '2024-01-01': 1000, '2024-01-02': 1500, '2024-01-03': 1200 };
const price = (token: string, day: Day) => (token === 'ETH' ? (ETH_USD[day] ?? null) : null);
const b = (day: string, token: string, amount: number) => ({ protocol: 'p', day: day as Day, token, amount });

describe(splitFlows.name, () => {
  it('inflows = Σ Δbalance × price of the day; price effect = ΔTVL − inflows (hand-computed)', () => {
    const balances = [
      b('2024-01-01', 'ETH', 10),
      b('2024-01-02', 'ETH', 12),
      b('2024-01-03', 'ETH', 12),
      b('2024-01-03', 'XYZ', 5),
    ];
    const split = splitFlows(balances, price, '2024-01-01' as Day, '2024-01-03' as Day);
    assert.equal(split?.startUsd, 10_000);
    assert.equal(split?.endUsd, 14_400);
    assert.equal(split?.inflowsUsd, 2 * 1500);
    assert.equal(split?.priceEffectUsd, 4_400 - 3_000);
    assert.deepEqual(split?.unpricedTokens, ['XYZ']);
  });
  it('a fall that is only price has zero inflows', () => {
    const split = splitFlows(
      [b('2024-01-02', 'ETH', 10), b('2024-01-03', 'ETH', 10)],
      price,
      '2024-01-02' as Day,
      '2024-01-03' as Day,
    );
    assert.equal(split?.inflowsUsd, 0);
    assert.equal(split?.priceEffectUsd, -3_000);
  });
  it('leaves out days whose holdings are impossible, and needs two days', () => {
    const balances = [b('2024-01-01', 'ETH', 10), b('2024-01-02', 'ETH', 1e9), b('2024-01-03', 'ETH', 10)];
    const split = splitFlows(balances, price, '2024-01-01' as Day, '2024-01-03' as Day, 1e6);
    assert.deepEqual(split?.implausibleDays, ['2024-01-02']);
    assert.equal(split?.inflowsUsd, 0);
    assert.equal(
      splitFlows([b('2024-01-01', 'ETH', 1)], price, '2024-01-01' as Day, '2024-01-03' as Day),
      null,
    );
  });
});
