import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { daysFromSteps, type TvlRow, type TvlScope, tvlDays } from '../src/analytics/tvlDays.ts';
import { composeDay } from '../src/analytics/tvlRules.ts';
import type { ChainId } from '../src/model/chain.ts';
import type { TvlQuery } from '../src/model/tvl.ts';
import { DEFAULT_TOGGLES, type TvlToggles } from '../src/model/tvlMethodology.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import { CHAIN_POINT_COLUMNS, PROTOCOL_POINT_COLUMNS } from '../src/store/pointColumns.ts';
import type { Store } from '../src/store/store.ts';
import { arbitraryRows, dayN, tvlRow } from './helpers/arbitraryTvlRows.ts';
import { tempDir } from './helpers/dataDir.ts';

/** Replaces the fixture dataset's TVL rows in the store, as an importer would. */
async function load(store: Store, rows: readonly TvlRow[], totals: readonly TvlRow[] = []) {
  await store.replaceDataset(
    'fixture',
    'f',
    ['protocol_chain_tvl_daily', 'protocol_tvl_daily'],
    async (tx) => {
      await tx.append(
        'protocol_chain_tvl_daily',
        CHAIN_POINT_COLUMNS,
        rows.map((r) => ['fixture', r.protocol, r.chain, r.section, r.day, r.usd, r.flag ?? null]),
      );
      await tx.append(
        'protocol_tvl_daily',
        PROTOCOL_POINT_COLUMNS,
        totals.map((r) => ['fixture', r.protocol, r.section, r.day, r.usd, r.flag ?? null]),
      );
      return { files: [], flags: [] };
    },
  );
}

const TOGGLES: TvlToggles[] = [
  DEFAULT_TOGGLES,
  { ...DEFAULT_TOGGLES, doublecounted: true, sections: ['borrowed'] },
  { sections: ['staking', 'borrowed'], doublecounted: true, liquidstaking: true, bridge: true },
];

/** Day → composed USD under each toggle set, from cells by day. */
function composed(days: ReturnType<typeof tvlDays>['days']) {
  return [...days].map(([day, cells]) => [day, TOGGLES.map((t) => composeDay(cells, t).usd)]);
}

describe('the store computes the same TVL figures as the reference loop', () => {
  let store: Store;
  before(async () => {
    store = await createDuckDbStore(join(tempDir(), 'tvl.duckdb'));
    await store.migrate();
  });
  after(() => store.close());

  it('for any rows (some flagged), classes, chain and protocol scopes, left-out protocols, cut-off day, with or without flagged points', async () => {
    const scopes = fc.record({
      chains: fc.option(fc.subarray(['c0', 'c1', 'c2'], { minLength: 1 }), { nil: null }),
      protocols: fc.option(fc.subarray(['p0', 'p1', 'p2', 'p3'], { minLength: 1 }), { nil: null }),
      to: fc.option(fc.integer({ min: 0, max: 11 }).map(dayN), { nil: null }),
      exclude: fc.subarray(['p0', 'p1', 'p2', 'p3'], { maxLength: 2 }),
      includeFlagged: fc.boolean(),
    });
    const classes = fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 4, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(arbitraryRows, classes, scopes, async (rows, cls, s) => {
        await load(store, rows);
        const classMap = new Map(cls.map((c, i) => [`p${i}`, c]));
        const query: TvlQuery = {
          chains: s.chains as ChainId[] | null,
          protocols: s.protocols,
          exclude: s.exclude,
          to: s.to,
          classes: classMap,
          includeFlagged: s.includeFlagged,
        };
        const kept = (s.protocols ?? ['p0', 'p1', 'p2', 'p3']).filter((p) => !s.exclude.includes(p));
        const scope: TvlScope = {
          chains: s.chains ? new Set(s.chains as ChainId[]) : null,
          protocols: new Set(kept),
          to: s.to,
          includeFlagged: s.includeFlagged,
        };
        const { horizon, steps } = await store.tvlSteps(query);
        const fromStore = daysFromSteps(steps, horizon);
        const reference = tvlDays(rows, classMap, scope);
        assert.equal(fromStore.horizon, reference.horizon);
        assert.deepEqual(composed(fromStore.days), composed(reference.days));
      }),
      { numRuns: 40 },
    );
  });

  it('explains a day with exactly the points the series sums', async () => {
    const rows = [
      tvlRow('a', 'x', 0, 10),
      tvlRow('a', 'x', 3, 40),
      tvlRow('b', 'x', 1, 5),
      tvlRow('b', 'y', 1, 7),
    ];
    await load(store, rows);
    const query: TvlQuery = { chains: ['x' as ChainId], protocols: null, to: null, classes: new Map() };
    const points = await store.tvlPointsOn(query, dayN(2));
    assert.deepEqual(
      points.map((p) => [p.protocol, p.pointDay, p.usd]),
      [
        ['a', dayN(3), 40],
        ['b', dayN(1), 5],
      ],
    );
  });

  it('counts protocol-wide totals only in all-chain figures, and only where no chain rows exist', async () => {
    await load(store, [tvlRow('a', 'x', 0, 10)], [tvlRow('a', 'all', 0, 99), tvlRow('t', 'all', 0, 3)]);
    const sum = async (chains: ChainId[] | null) => {
      const { horizon, steps } = await store.tvlSteps({
        chains,
        protocols: null,
        to: null,
        classes: new Map(),
      });
      return composed(daysFromSteps(steps, horizon).days);
    };
    assert.deepEqual(await sum(null), [[dayN(0), [13, 13, 13]]]);
    assert.deepEqual(await sum(['x' as ChainId]), [[dayN(0), [10, 10, 10]]]);
  });
});
