import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { concentration, hhi, hhiBand, nakamoto } from './concentration.ts';

describe(hhi.name, () => {
  it('reproduces the MODELS §3 vectors', () => {
    assert.equal(Math.round(hhi([0.4, 0.3, 0.2, 0.1])), 3000);
    assert.equal(Math.round(hhi([0.25, 0.2, 0.15, 0.1, 0.09, 0.08, 0.07, 0.06])), 1580);
  });
  it('bands at 1000 and 1800', () => {
    assert.deepEqual([999, 1000, 1800, 1801].map(hhiBand), [
      'unconcentrated',
      'moderate',
      'moderate',
      'high',
    ]);
  });
});

describe(nakamoto.name, () => {
  it('reproduces the MODELS §3 vectors', () => {
    const shares = [0.25, 0.2, 0.15, 0.1, 0.09, 0.08, 0.07, 0.06];
    assert.equal(nakamoto(shares, 1 / 2), 3);
    assert.equal(nakamoto(shares, 1 / 3), 2);
  });
  it('needs strictly more than θ: two halves need both for a majority', () => {
    assert.equal(nakamoto([0.5, 0.5], 1 / 2), 2);
  });
});

describe(concentration.name, () => {
  it('gives leader, top-3 share and both Nakamoto coefficients', () => {
    const c = concentration([
      { name: 'a', value: 25 },
      { name: 'b', value: 20 },
      { name: 'c', value: 15 },
      { name: 'd', value: 10 },
      { name: 'e', value: 9 },
      { name: 'f', value: 8 },
      { name: 'g', value: 7 },
      { name: 'h', value: 6 },
      { name: 'zero', value: 0 },
    ]);
    assert.equal(c.count, 8);
    assert.equal(c.leader?.name, 'a');
    assert.ok(Math.abs(c.top3Share - 0.6) < 1e-12);
    assert.equal(Math.round(c.hhi), 1580);
    assert.equal(c.band, 'moderate');
    assert.deepEqual([c.nakamoto50, c.nakamoto33], [3, 2]);
  });
  it('does not depend on the order of participants, and stays within 10000/n..10000', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (values) => {
          const items = values.map((value, i) => ({ name: String(i), value }));
          const a = concentration(items);
          const b = concentration([...items].reverse());
          assert.ok(Math.abs(a.hhi - b.hhi) < 1e-6);
          assert.ok(a.hhi <= 10000 + 1e-6 && a.hhi >= 10000 / values.length - 1e-6);
          assert.ok(a.nakamoto33 <= a.nakamoto50);
        },
      ),
    );
  });
});
