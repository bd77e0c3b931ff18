import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../core/day.ts';
import { drawdown } from './drawdown.ts';

const p = (day: string, value: number) => ({ day: day as Day, value });

describe(drawdown.name, () => {
  it('finds the first day of the peak and the fall to the last point', () => {
    const d = drawdown([
      p('2024-01-01', 10),
      p('2024-11-08', 359),
      p('2024-11-09', 359),
      p('2025-12-19', 6.6),
    ]);
    assert.equal(d?.peakDay, '2024-11-08');
    assert.equal(d?.peak, 359);
    assert.equal(d?.latestDay, '2025-12-19');
    assert.ok(Math.abs((d?.drawdown ?? 0) - (1 - 6.6 / 359)) < 1e-12);
    assert.equal(d?.daysSincePeak, 406);
  });
  it('is 0 at an all-time high and null when there is nothing to measure', () => {
    assert.equal(drawdown([p('2024-01-01', 1), p('2024-01-02', 2)])?.drawdown, 0);
    assert.equal(drawdown([]), null);
    assert.equal(drawdown([p('2024-01-01', 0)]), null);
  });
});
