import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CLASS,
  classify,
  DEFAULT_TOGGLES,
  EXCLUDED_CATEGORIES,
  type TvlToggles,
} from '../model/tvlMethodology.ts';
import { cellRole, composeDay, type TvlCell } from './tvlRules.ts';

const { doublecounted: DC, liquidstaking: LS, excluded: EX, bridge: BR } = CLASS;
const on = (t: Partial<TvlToggles>): TvlToggles => ({ ...DEFAULT_TOGGLES, ...t });

// One chain, one day: a lending protocol ($100), a yield aggregator ($30, double counted), a liquid
// staking protocol ($50), one that is both ($7), a CEX ($1000), a bridge ($200); a $40 borrowed
// section on the lender and a $5 staking section on the aggregator.
const DAY: TvlCell[] = [
  { section: 'tvl', cls: 0, usd: 100 },
  { section: 'tvl', cls: DC, usd: 30 },
  { section: 'tvl', cls: LS, usd: 50 },
  { section: 'tvl', cls: DC | LS, usd: 7 },
  { section: 'tvl', cls: EX, usd: 1000 },
  { section: 'tvl', cls: BR, usd: 200 },
  { section: 'borrowed', cls: 0, usd: 40 },
  { section: 'staking', cls: DC, usd: 5 },
];

describe(composeDay.name, () => {
  it('default: tvl − doublecounted − liquidstaking + overlap, excluded categories and bridges out', () => {
    const { usd, parts } = composeDay(DAY, DEFAULT_TOGGLES);
    assert.equal(parts.tvl, 187);
    assert.equal(parts.doublecounted, 37);
    assert.equal(parts.liquidstaking, 57);
    assert.equal(parts.overlap, 7);
    assert.equal(parts.excluded, 1200);
    assert.equal(usd, 187 - 37 - 57 + 7);
  });
  it('doublecounted on: only liquid staking is subtracted (the overlap is liquid staking too)', () => {
    assert.equal(composeDay(DAY, on({ doublecounted: true })).usd, 187 - 57);
  });
  it('liquidstaking on: only double counted is subtracted', () => {
    assert.equal(composeDay(DAY, on({ liquidstaking: true })).usd, 187 - 37);
  });
  it('both on: every protocol once, the overlap not added twice', () => {
    assert.equal(composeDay(DAY, on({ doublecounted: true, liquidstaking: true })).usd, 187);
  });
  it('a section counts only when enabled, in full, whatever the double-counting flag', () => {
    assert.equal(composeDay(DAY, on({ sections: ['borrowed'] })).usd, 100 + 40);
    assert.equal(composeDay(DAY, on({ sections: ['staking'] })).usd, 100 + 5);
    assert.equal(composeDay(DAY, on({ sections: ['borrowed', 'staking'] })).usd, 100 + 45);
    assert.equal(composeDay(DAY, on({ sections: ['pool2'] })).usd, 100);
  });
  it('bridges count only when toggled in; excluded categories never', () => {
    assert.equal(composeDay(DAY, on({ bridge: true })).usd, 100 + 200);
    assert.equal(composeDay(DAY, on({ bridge: true, doublecounted: true, liquidstaking: true })).usd, 387);
  });
  it('rounds away float dust from running sums', () => {
    assert.equal(composeDay([{ section: 'tvl', cls: 0, usd: 0.1 + 0.2 - 0.3 }], DEFAULT_TOGGLES).usd, 0);
  });
});

describe(classify.name, () => {
  // defillama-server defi/src/utils/normalizeChain.ts, isDoubleCounted(moduleDoubleCounted, category):
  // moduleDoubleCounted === true || ["Yield Aggregator", "Yield", "Liquidity manager",
  // "Onchain Capital Allocator", "Treasury Manager", "Anchor BTC"].includes(category ?? "none")
  it("double counts an adapter's own flag, and every category DefiLlama's isDoubleCounted lists, whatever the adapter says", () => {
    for (const category of [
      'Yield Aggregator',
      'Yield',
      'Liquidity manager',
      'Onchain Capital Allocator',
      'Treasury Manager',
      'Anchor BTC',
    ]) {
      assert.equal(classify(category), DC, category);
      assert.equal(classify(category, false), DC, `${category}: an adapter's false does not opt out`);
    }
    assert.equal(classify('Liquid Restaking', true), DC, "Renzo's and Kelp's adapters set the flag");
    assert.equal(classify('Liquid Restaking', null), 0);
    assert.equal(classify('Lending', false), 0);
    assert.equal(classify('Liquidity Manager'), 0, 'category names match exactly, as includes() does');
  });
  it('Liquid Staking is liquid staking; Liquid Restaking is not', () => {
    assert.equal(classify('Liquid Staking'), LS);
    assert.equal(classify('Liquid Restaking'), 0);
  });
  it('each excluded category is excluded', () => {
    for (const category of EXCLUDED_CATEGORIES) assert.equal(classify(category), EX, category);
    assert.equal(classify('Bridge'), BR);
    assert.equal(classify('Canonical Bridge'), BR);
    assert.equal(classify(null), 0);
  });
});

describe(cellRole.name, () => {
  it('counts exactly the cells composeDay keeps: their sum is the total under every toggle set', () => {
    const all: TvlToggles[] = [
      DEFAULT_TOGGLES,
      on({ doublecounted: true }),
      on({ liquidstaking: true }),
      on({ doublecounted: true, liquidstaking: true, bridge: true, sections: ['borrowed', 'staking'] }),
    ];
    for (const toggles of all) {
      const counted = DAY.filter((c) => cellRole(c.section, c.cls, toggles) === 'counted');
      assert.equal(
        counted.reduce((s, c) => s + c.usd, 0),
        composeDay(DAY, toggles).usd,
        JSON.stringify(toggles),
      );
    }
  });
});
