import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, type Day, dayFromUnix, daysBetween, parseDay } from './day.ts';

const reference = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const days = fc
  .integer({ min: 0, max: 40_000 })
  .map((e) => new Date(e * 86_400_000).toISOString().slice(0, 10) as Day);

describe(addDays.name, () => {
  it('crosses month ends and leap days', () => {
    assert.equal(addDays('2024-02-28' as Day, 2), '2024-03-01');
    assert.equal(addDays('2023-02-28' as Day, 1), '2023-03-01');
    assert.equal(addDays('2025-01-01' as Day, -1), '2024-12-31');
  });
  it('agrees with Date arithmetic and with daysBetween for any day and offset', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -3000, max: 3000 }), (day, n) => {
        const later = addDays(day, n);
        assert.equal(later, reference(day, n));
        assert.equal(daysBetween(day, later), n);
      }),
    );
  });
});

describe(dayFromUnix.name, () => {
  it('gives the UTC day of any second of it', () => {
    assert.equal(dayFromUnix(1713744000), '2024-04-22');
    assert.equal(dayFromUnix(1713744000 + 86_399), '2024-04-22');
    assert.equal(dayFromUnix(1713744000 - 1), '2024-04-21');
  });
});

describe(parseDay.name, () => {
  it('accepts real calendar days only', () => {
    assert.equal(parseDay('2024-02-29'), '2024-02-29');
    assert.equal(parseDay('2023-02-29'), undefined);
    assert.equal(parseDay('2024-2-1'), undefined);
  });
});
