import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, type Day } from '../core/day.ts';
import { highs, isHigh } from './highs.ts';

const series = (values: number[]) =>
  values.map((value, i) => ({ day: addDays('2024-01-01' as Day, i), value }));

describe(highs.name, () => {
  it('marks days at or above the max of the previous N days, once N days are stored', () => {
    const s = series([5, 3, 4, 6, 6, 2, 7]);
    assert.deepEqual(
      highs(s, 2).map((h) => [h.day, h.value, h.previousMax]),
      [
        ['2024-01-04', 6, 4],
        ['2024-01-05', 6, 6],
        ['2024-01-07', 7, 6],
      ],
    );
  });
  it('agrees with the definition on any series (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (values, n) => {
          const s = series(values);
          const expected = s.filter((_, i) => isHigh(s, s[i]?.day as Day, n) === true).map((p) => p.day);
          assert.deepEqual(
            highs(s, n).map((h) => h.day),
            expected,
          );
        },
      ),
    );
  });
  it('cannot judge a day without N earlier days', () => {
    assert.equal(isHigh(series([1, 2]), '2024-01-02' as Day, 2), null);
  });
});
