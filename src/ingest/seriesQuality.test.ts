import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Day } from '../core/day.ts';
import { checkSeries, type SeriesPoint } from './seriesQuality.ts';

const d = (n: number) => `2025-01-${String(n).padStart(2, '0')}` as Day;
const series = (...values: number[]): SeriesPoint[] => values.map((usd, i) => ({ day: d(i + 1), usd }));
const kinds = (points: SeriesPoint[], history: SeriesPoint[] = []) =>
  checkSeries(points, history).map((f) => `${f.day} ${f.kind}${f.excluded ? ' (excluded)' : ''}`);

describe(checkSeries.name, () => {
  it('rejects negative values and values over $200B (DefiLlama)', () => {
    assert.deepEqual(kinds(series(10, -5, 3e11, 12)), [
      '2025-01-02 negative (excluded)',
      '2025-01-03 over-200b (excluded)',
    ]);
  });

  it('holds a day over 5× both the day before and the week before, when over $1M', () => {
    const days = series(1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 6e6, 1e6);
    assert.deepEqual(kinds(days), ['2025-01-09 held-spike (excluded)']);
  });

  it('compares a spike with the last accepted day, so a held day does not become the new normal', () => {
    assert.deepEqual(kinds(series(1e6, 9e6, 9.5e6)), [
      '2025-01-02 held-spike (excluded)',
      '2025-01-03 held-spike (excluded)',
    ]);
  });

  it('does not hold small values or growth the week before already had', () => {
    assert.deepEqual(kinds(series(1e5, 9e5)), ['2025-01-02 jump']);
    const weekBefore = [
      { day: d(1), usd: 2e6 },
      { day: d(8), usd: 1e6 },
    ];
    assert.deepEqual(kinds([{ day: d(9), usd: 5.5e6 }], weekBefore), ['2025-01-09 jump']);
  });

  it('uses stored history as context for the first new day', () => {
    assert.deepEqual(kinds([{ day: d(3), usd: 0 }], series(5e5, 4e5)), ['2025-01-03 section-zero']);
  });

  it('warns on a cliff but keeps it in totals: a real collapse looks the same', () => {
    const found = checkSeries(series(1e6, 3e5), []);
    assert.equal(found[0]?.kind, 'cliff');
    assert.equal(found[0]?.excluded, false);
  });

  it('rejects a fall when tokens worth over 25% of the day before vanished (DefiLlama)', () => {
    const tokens = new Map([
      [d(1), { USDC: 6e5, WETH: 4e5 }],
      [d(2), { USDC: 4e5, WETH: null }],
    ]);
    const found = checkSeries(series(1e6, 4e5), [], tokens);
    assert.deepEqual(
      found.map((f) => [f.kind, f.excluded]),
      [['vanished-tokens', true]],
    );
  });

  it('finds nothing in an ordinary series', () => {
    assert.deepEqual(kinds(series(100, 110, 95, 120, 130)), []);
  });
});
