import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantileOf, spreadOf } from './spread.ts';

describe(spreadOf.name, () => {
  it('interpolates between order statistics as DuckDB quantile_cont does', () => {
    // DuckDB: SELECT quantile_cont(x, [0.1, 0.25, 0.5, 0.75, 0.9]) FROM (VALUES (4), (1), (3), (2)) t(x)
    // → [1.3, 1.75, 2.5, 3.25, 3.7]
    assert.deepEqual(spreadOf([4, 1, 3, 2]), { n: 4, median: 2.5, p25: 1.75, p75: 3.25, p10: 1.3, p90: 3.7 });
  });
  it('is null for no values, and the value itself for one', () => {
    assert.equal(spreadOf([]), null);
    assert.deepEqual(spreadOf([-0.2]), { n: 1, median: -0.2, p25: -0.2, p75: -0.2, p10: -0.2, p90: -0.2 });
  });
  it('refuses an empty quantile', () => {
    assert.throws(() => quantileOf([], 0.5), RangeError);
  });
});
