import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { arbitraryRows, dayN as d, tvlRow as row } from '../../test/helpers/arbitraryTvlRows.ts';
import type { ChainId } from '../model/chain.ts';
import type { TvlStep } from '../model/tvl.ts';
import { CLASS, DEFAULT_TOGGLES } from '../model/tvlMethodology.ts';
import { daysFromSteps, type TvlRow, type TvlScope, tvlDays } from './tvlDays.ts';
import { composeDay } from './tvlRules.ts';

const ALL: TvlScope = { chains: null, protocols: null, to: null };
const onChain = (chain: string): TvlScope => ({ ...ALL, chains: new Set([chain as ChainId]) });

/** The default-rule daily total of a figure, as a day → USD map. */
function totals(rows: TvlRow[], classes = new Map<string, number>(), scope = ALL, toggles = DEFAULT_TOGGLES) {
  const { days } = tvlDays(rows, classes, scope);
  return new Map([...days].map(([day, cells]) => [day, composeDay(cells, toggles).usd]));
}

describe(tvlDays.name, () => {
  it('a missing day takes the next point (DefiLlama fills gaps forward from the later item)', () => {
    const t = totals([row('a', 'x', 0, 10), row('a', 'x', 3, 40)]);
    assert.deepEqual([...t.values()], [10, 40, 40, 40]);
  });
  it("a protocol's last point is carried to the horizon, the last day any protocol reported", () => {
    const t = totals([row('a', 'x', 0, 10), row('b', 'x', 0, 1), row('b', 'x', 2, 2)]);
    assert.deepEqual(
      [...t.entries()],
      [
        [d(0), 11],
        [d(1), 12],
        [d(2), 12],
      ],
    );
  });
  it('a protocol that still reports but leaves a chain counts zero there from then on', () => {
    const rows = [row('a', 'x', 0, 10), row('a', 'y', 0, 5), row('a', 'y', 1, 6), row('a', 'y', 2, 7)];
    assert.deepEqual([...totals(rows, undefined, onChain('x')).values()], [10, 0, 0]);
    assert.deepEqual([...totals(rows, undefined, onChain('y')).values()], [5, 6, 7]);
  });
  it('with `to`, later points are unseen: a gap spanning it is carried forward, not filled from the future', () => {
    const rows = [row('a', 'x', 0, 10), row('a', 'x', 5, 60), row('b', 'x', 0, 1), row('b', 'x', 3, 1)];
    const t = totals(rows, undefined, { ...ALL, to: d(3) });
    assert.deepEqual([...t.values()], [11, 11, 11, 11]);
  });
  it('a rejected (flagged) point is no point: its day is a gap', () => {
    const rows = [row('a', 'x', 0, 10), { ...row('a', 'x', 1, -5), flag: 'negative' }, row('a', 'x', 2, 30)];
    assert.deepEqual([...totals(rows).values()], [10, 30, 30]);
  });
  it('a double-counted protocol is subtracted under the default rule and counted when toggled', () => {
    const rows = [row('lend', 'x', 0, 100), row('vault', 'x', 0, 30)];
    const classes = new Map([['vault', CLASS.doublecounted]]);
    assert.equal(totals(rows, classes).get(d(0)), 100);
    assert.equal(totals(rows, classes, ALL, { ...DEFAULT_TOGGLES, doublecounted: true }).get(d(0)), 130);
  });
});

describe(daysFromSteps.name, () => {
  it('expands running totals into the same days, holding each until its next step', () => {
    const steps: TvlStep[] = [
      { day: d(0), section: 'tvl', cls: 0, usd: 5 },
      { day: d(2), section: 'tvl', cls: 0, usd: 7 },
      { day: d(1), section: 'staking', cls: 1, usd: 3 },
    ];
    const { days } = daysFromSteps(steps, d(3));
    assert.deepEqual(
      [...days].map(([day, cells]) => [
        day,
        cells
          .map((c) => `${c.section}:${c.usd}`)
          .sort()
          .join(','),
      ]),
      [
        [d(0), 'tvl:5'],
        [d(1), 'staking:3,tvl:5'],
        [d(2), 'staking:3,tvl:7'],
        [d(3), 'staking:3,tvl:7'],
      ],
    );
  });
});

const arbitraryClasses = fc
  .array(fc.integer({ min: 0, max: 15 }), { minLength: 4, maxLength: 4 })
  .map((cls) => new Map(cls.map((c, i) => [`p${i}`, c])));

describe('TVL totals (properties)', () => {
  it('do not depend on the order of the input rows', () => {
    fc.assert(
      fc.property(arbitraryRows, arbitraryClasses, fc.integer(), (rows, classes, seed) => {
        const shuffled = [...rows].sort((a, b) => (hash(a, seed) - hash(b, seed)) | 0);
        assert.deepEqual(totals(shuffled, classes, onChain('c0')), totals(rows, classes, onChain('c0')));
      }),
    );
  });
  it('adding a double-counted protocol does not change the default chain total', () => {
    fc.assert(
      fc.property(arbitraryRows, arbitraryClasses, fc.integer({ min: 1, max: 1e6 }), (rows, classes, usd) => {
        const before = totals(rows, classes, onChain('c0'));
        const extra = [...before.keys()].map((day) => ({ ...row('vault', 'c0', 0, usd), day }));
        const withVault = new Map([...classes, ['vault', CLASS.doublecounted]]);
        const after = totals([...rows, ...extra], withVault, onChain('c0'));
        for (const [day, usdBefore] of before) assert.equal(after.get(day), usdBefore, day);
      }),
    );
  });
  it('enabling a section never lowers a total', () => {
    fc.assert(
      fc.property(arbitraryRows, arbitraryClasses, (rows, classes) => {
        const base = totals(rows, classes, onChain('c1'));
        for (const sections of [['borrowed'], ['staking'], ['borrowed', 'staking']] as const) {
          const more = totals(rows, classes, onChain('c1'), { ...DEFAULT_TOGGLES, sections });
          for (const [day, usd] of base) assert.ok((more.get(day) as number) >= usd, `${day} ${sections}`);
        }
      }),
    );
  });
});

function hash(r: TvlRow, seed: number): number {
  let h = seed;
  for (const ch of `${r.protocol}${r.chain}${r.section}${r.day}`)
    h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h;
}
