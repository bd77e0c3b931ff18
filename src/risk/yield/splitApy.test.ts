import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { splitApy } from './splitApy.ts';

describe(splitApy.name, () => {
  it('takes both parts as given (ether.fi weETH, 2025-04: 4.93189 + 0.47629)', () => {
    assert.deepEqual(splitApy(5.40818, 4.93189, 0.47629), { base: 4.93189, reward: 0.47629, total: 5.40818 });
  });
  it('reads a missing reward as the total minus the base (Lido stETH 3.122, no reward)', () => {
    assert.deepEqual(splitApy(3.122, 3.122, null), { base: 3.122, reward: 0, total: 3.122 });
  });
  it('reads a missing base as the total minus the reward', () => {
    assert.deepEqual(splitApy(10, null, 7.5), { base: 2.5, reward: 7.5, total: 10 });
  });
  it('leaves the split unknown when neither part is given (Kelp rsETH 3.06), never zero', () => {
    assert.equal(splitApy(3.06, null, null), null);
    assert.equal(splitApy(null, null, null), null);
  });
  it('never splits into negative parts, and the parts add up to the total', () => {
    fc.assert(
      fc.property(
        fc.option(fc.double({ min: 0, max: 1e4, noNaN: true })),
        fc.option(fc.double({ min: 0, max: 1e4, noNaN: true })),
        fc.option(fc.double({ min: 0, max: 1e4, noNaN: true })),
        (apy, base, reward) => {
          const s = splitApy(apy, base, reward);
          if (!s) return apy === null || (base === null && reward === null);
          return (
            s.base >= 0 && s.reward >= 0 && Math.abs(s.base + s.reward - s.total) <= 1e-9 * (1 + s.total)
          );
        },
      ),
    );
  });
});
