import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../core/day.ts';
import { btcIssuedAt, btcSupplyOn } from './bitcoinSupply.ts';

describe(btcSupplyOn.name, () => {
  it('gives the supply at each halving exactly', () => {
    assert.equal(btcIssuedAt(210_000), 10_500_000);
    assert.equal(btcIssuedAt(840_000), 19_687_500);
    assert.equal(Math.round(btcSupplyOn('2024-04-20' as Day)), 19_687_500);
  });
  it('adds 144 blocks of 3.125 BTC a day after the 2024 halving (about 19.95M at the end of 2025)', () => {
    const end2025 = btcSupplyOn('2025-12-31' as Day);
    assert.ok(end2025 > 19_940_000 && end2025 < 19_970_000, String(end2025));
  });
});
