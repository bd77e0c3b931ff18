import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { PoolYield } from '../../model/poolYield.ts';
import { pool } from './_testPool.ts';
import { borrowSubsidy, yieldMix } from './yieldMix.ts';

const close = (a: number | null, b: number, eps = 1e-12) =>
  assert.ok(a !== null && Math.abs(a - b) <= eps * Math.max(1, Math.abs(b)), `${a} ≠ ${b}`);

describe(yieldMix.name, () => {
  it('weights APYs by TVL and shares by yield in USD (hand vector)', () => {
    // A: $100 at 2% base + 6% reward = $2 + $6; B: $300 at 4% base = $12. Total $20 a year on $400.
    const mix = yieldMix([
      pool({ tvlUsd: 100, apy: 8, apyBase: 2, apyReward: 6 }),
      pool({ tvlUsd: 300, apy: 4, apyBase: 4, apyReward: null }),
    ]);
    close(mix.baseApy, 3.5);
    close(mix.rewardApy, 1.5);
    close(mix.totalApy, 5);
    close(mix.incentiveShare, 0.3);
    close(mix.realYieldShare, 0.7);
    close(mix.borrowSubsidyShare, 0);
    close(mix.yieldUsdPerYear.total, 20);
  });

  it('weights a lending pool by what is supplied, and counts borrow incentives as funding its base yield', () => {
    // Supplied $1,000 (DefiLlama TVL: $400 idle) at 3% base + 1% reward: $30 + $10. Borrowers pay 5% and get
    // 1% back in incentives: a fifth of their interest, so $6 of the $30 base is paid for by incentives.
    const mix = yieldMix([
      pool({
        tvlUsd: 400,
        supplyUsd: 1000,
        borrowUsd: 600,
        apy: 4,
        apyBase: 3,
        apyReward: 1,
        apyBaseBorrow: 5,
        apyRewardBorrow: 1,
      }),
    ]);
    assert.equal(mix.depositsUsd, 1000);
    assert.equal(mix.tvlUsd, 400);
    close(mix.incentiveShare, 0.25);
    close(mix.realYieldShare, 0.6);
    close(mix.borrowSubsidyShare, 0.15);
    close(mix.totalApy, 4);
  });

  it('keeps pools with no base/reward split apart: unknown, never reward-free', () => {
    const known = pool({ tvlUsd: 100, apy: 10, apyBase: 5, apyReward: 5 });
    const mix = yieldMix([known, pool({ tvlUsd: 900, apy: 3.06 })]);
    assert.deepEqual(mix.known, { pools: 1, depositsUsd: 100 });
    assert.deepEqual(mix.unknown, { pools: 1, depositsUsd: 900 });
    close(mix.incentiveShare, 0.5);
    close(mix.totalApy, 10);
  });

  it('has no APY or share for no pools, or only unknown ones', () => {
    for (const pools of [[], [pool({ tvlUsd: 5, apy: 3 })]]) {
      const mix = yieldMix(pools);
      assert.equal(mix.totalApy, null);
      assert.equal(mix.incentiveShare, null);
      assert.equal(mix.realYieldShare, null);
    }
  });

  it('lists the tokens that pay rewards by chain and address, largest reward first', () => {
    const aero = '0x940181a94A35A4569E4529A3CDfB74e38FD98631';
    const mix = yieldMix([
      pool({
        chain: 'base' as never,
        tvlUsd: 1000,
        apyBase: 1,
        apyReward: 10,
        rewardTokens: [aero],
        tokensDay: '2025-10-06' as never,
      }),
      pool({
        chain: 'base' as never,
        tvlUsd: 500,
        apyBase: 1,
        apyReward: 4,
        rewardTokens: [aero.toLowerCase()],
      }),
      pool({ tvlUsd: 100, apyBase: 1, apyReward: 2 }),
      pool({ tvlUsd: 100, apyBase: 1, apyReward: 0, rewardTokens: ['0xabc'] }),
    ]);
    assert.deepEqual(mix.rewardTokens, [
      { token: `base:${aero.toLowerCase()}`, pools: 2, rewardUsdPerYear: 120, listedOn: '2025-10-06' },
    ]);
    close(mix.unlistedRewardUsdPerYear, 2);
  });
});

describe(borrowSubsidy.name, () => {
  it('is the borrow reward over the borrow rate, within 0..1, and 0 without a borrow incentive', () => {
    close(borrowSubsidy({ apyBaseBorrow: 3.48269, apyRewardBorrow: 0.48812 }), 0.48812 / 3.48269);
    assert.equal(borrowSubsidy({ apyBaseBorrow: 1, apyRewardBorrow: 3 }), 1);
    assert.equal(borrowSubsidy({ apyBaseBorrow: 2, apyRewardBorrow: null }), 0);
    assert.equal(borrowSubsidy({ apyBaseBorrow: 0, apyRewardBorrow: 1 }), 0);
  });
});

/** Percent a year in basis points (no denormal doubles: they underflow any product). */
const pct = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((x) => x / 100);

const arbitraryPool = fc
  .record({
    tvlUsd: fc.integer({ min: 0, max: 1e9 }),
    base: fc.option(pct(200)),
    reward: fc.option(pct(200)),
    apy: fc.option(pct(400)),
    supply: fc.option(fc.integer({ min: 0, max: 1e9 })),
    baseBorrow: fc.option(pct(50)),
    rewardBorrow: fc.option(pct(50)),
  })
  .map((r) =>
    pool({
      tvlUsd: r.tvlUsd,
      apy: r.apy,
      apyBase: r.base,
      apyReward: r.reward,
      supplyUsd: r.supply,
      apyBaseBorrow: r.baseBorrow,
      apyRewardBorrow: r.rewardBorrow,
    }),
  );

const sameMix = (a: ReturnType<typeof yieldMix>, b: ReturnType<typeof yieldMix>) => {
  for (const k of ['baseApy', 'rewardApy', 'totalApy', 'incentiveShare', 'realYieldShare'] as const) {
    const x = a[k];
    const y = b[k];
    if (x === null || y === null) {
      if (x !== y) return false;
    } else if (Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x))) return false;
  }
  return true;
};

describe(`${yieldMix.name} properties`, () => {
  it('does not depend on the order of the pools', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPool, { maxLength: 30 }), (pools) =>
        sameMix(yieldMix(pools), yieldMix([...pools].reverse())),
      ),
    );
  });
  it('is unchanged when every weight is scaled alike', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryPool, { maxLength: 20 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (pools, k) => {
          const scaled = pools.map(
            (p): PoolYield => ({
              ...p,
              tvlUsd: p.tvlUsd * k,
              supplyUsd: p.supplyUsd === null ? null : p.supplyUsd * k,
            }),
          );
          return sameMix(yieldMix(pools), yieldMix(scaled));
        },
      ),
    );
  });
  it('splits every known dollar of yield into incentive, real and subsidised parts that add up to 1', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPool, { maxLength: 20 }), (pools) => {
        const m = yieldMix(pools);
        if (m.incentiveShare === null) return m.yieldUsdPerYear.total === 0;
        const parts = [m.incentiveShare, m.realYieldShare ?? -1, m.borrowSubsidyShare ?? -1];
        const sum = parts.reduce((a, b) => a + b, 0);
        return parts.every((x) => x >= -1e-12 && x <= 1 + 1e-12) && Math.abs(sum - 1) < 1e-9;
      }),
    );
  });
  it('is not moved by pools with an unknown split or no weight', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryPool, { maxLength: 20 }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (pools, tvl) => {
          const more = [
            ...pools,
            pool({ tvlUsd: tvl, apy: 42 }),
            pool({ tvlUsd: 0, apyBase: 99, apyReward: 99 }),
          ];
          const m = yieldMix(more);
          return sameMix(yieldMix(pools), m) && m.unknown.pools === yieldMix(pools).unknown.pools + 1;
        },
      ),
    );
  });
});
