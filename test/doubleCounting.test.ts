import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadTvlContext, type TvlContext } from '../src/analytics/tvlContext.ts';
import { explainTvl } from '../src/analytics/tvlExplain.ts';
import { composeDay } from '../src/analytics/tvlRules.ts';
import type { Day } from '../src/core/day.ts';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import type { ChainId } from '../src/model/chain.ts';
import { slugify } from '../src/model/protocol.ts';
import { DEFAULT_TOGGLES } from '../src/model/tvlMethodology.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import type { Store } from '../src/store/store.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';

/**
 * A port of DefiLlama's chain total, kept apart from Faultline's code:
 * - defillama-server `defi/src/utils/normalizeChain.ts`, `isDoubleCounted(moduleDoubleCounted, category)`
 *   (the version listing six categories): `moduleDoubleCounted === true || [...].includes(category ?? "none")`;
 * - defillama-server `defi/src/utils/excludeProtocols.ts` @1969f8be, `excludeProtocolInCharts(protocol,
 *   includeBridge = false)` (Chain, CEX, Infrastructure, Staking Pool; Bridge, AnySwap) and
 *   `isExcludedFromChainTvl` (RWA, Basis Trading, CeDeFi);
 * - defillama-server `defi/src/storeGetCharts.ts`, `storeGetCharts`: per chain, `tvl` sums every counted
 *   protocol's chain value, `doublecounted` those with `protocol.doublecounted`, `liquidstaking` those with
 *   `category.toLowerCase() === "liquid staking"`, `dcAndLsOverlap` those with both;
 * - defillama-app's default chain view: `tvl − doublecounted − liquidstaking + dcAndLsOverlap`.
 */
function defillamaChainTvl(points: readonly { protocol: string; usd: number }[], meta: Meta): number {
  const DC = [
    'Yield Aggregator',
    'Yield',
    'Liquidity manager',
    'Onchain Capital Allocator',
    'Treasury Manager',
    'Anchor BTC',
  ];
  const isDoubleCounted = (flag: boolean | undefined, category?: string) =>
    flag === true || DC.includes(category ?? 'none');
  const excluded = (c?: string) =>
    ['Chain', 'CEX', 'Infrastructure', 'Staking Pool', 'Bridge', 'RWA', 'Basis Trading', 'CeDeFi'].includes(
      c ?? '',
    );
  const sums = { tvl: 0, doublecounted: 0, liquidstaking: 0, dcAndLsOverlap: 0 };
  for (const p of points) {
    const { category, flag } = meta.get(p.protocol) ?? {};
    if (excluded(category)) continue;
    const dc = isDoubleCounted(flag, category);
    const ls = category?.toLowerCase() === 'liquid staking';
    sums.tvl += p.usd;
    if (dc) sums.doublecounted += p.usd;
    if (ls) sums.liquidstaking += p.usd;
    if (dc && ls) sums.dcAndLsOverlap += p.usd;
  }
  return sums.tvl - sums.doublecounted - sums.liquidstaking + sums.dcAndLsOverlap;
}

type Meta = Map<string, { category?: string; flag?: boolean }>;

/** Each protocol's category (the offline DefiLlama list) and adapter flag (the registry list), read as plain JSON. */
function metadata(): Meta {
  const list = JSON.parse(
    readFileSync(join(REAL_DATA, 'defillama/protocols_snapshot_2025-12-19.json'), 'utf8'),
  ) as { name: string; category?: string }[];
  const flags = JSON.parse(readFileSync('registry/defillama/doublecounted.json', 'utf8')) as {
    protocols: { slug: string }[];
  };
  const flagged = new Set(flags.protocols.map((p) => p.slug));
  const meta: Meta = new Map();
  for (const p of list) {
    const slug = slugify(p.name);
    if (!meta.has(slug))
      meta.set(slug, { ...(p.category ? { category: p.category } : {}), flag: flagged.has(slug) });
  }
  return meta;
}

const DAY = '2025-02-19' as Day;

describe("DefiLlama's double counting on real stored rows, against a port of the reference", () => {
  let store: Store;
  let ctx: TvlContext;
  const meta = metadata();
  const pointsOn = (chain: string) =>
    store.tvlPointsOn(
      {
        chains: [chain as ChainId],
        protocols: null,
        exclude: [],
        to: null,
        classes: new Map(),
        includeFlagged: false,
      },
      DAY,
    );
  before(async () => {
    store = await createDuckDbStore(join(tempDir(), 'doublecounting.duckdb'));
    await store.migrate();
    const wanted = DATASETS.filter(
      (d) => d.id === 'defillama/protocol-chain-tvl-daily' || d.id === 'defillama/protocols-snapshot',
    );
    assert.deepEqual((await importDatasets({ store, dataDir: REAL_DATA, datasets: wanted })).failed, []);
    ctx = await loadTvlContext(store);
  });
  after(() => store.close());

  it('Zircuit on 2025-02-19: $365,941.52, ZeroLend alone; Renzo ($32.6M) and Kelp ($23.6M) are double counted by their adapters', async () => {
    const points = (await pointsOn('zircuit')).filter((p) => p.section === 'tvl');
    assert.deepEqual(points.map((p) => p.protocol).sort(), ['kelp', 'renzo', 'zerolend']);
    const reference = defillamaChainTvl(points, meta);
    assert.equal(reference.toFixed(2), '365941.52');
    const faultline = await explainTvl(
      ctx,
      {
        subject: { kind: 'chain', chain: 'zircuit' },
        toggles: DEFAULT_TOGGLES,
        denominate: 'usd',
        from: null,
        to: null,
      },
      DAY,
    );
    assert.equal(faultline.usd, 365941.52);
    assert.equal(faultline.parts.doublecounted.toFixed(2), (56585542.24523 - 365941.51602).toFixed(2));
    const renzo = faultline.lines.find((l) => l.protocol === 'renzo');
    assert.match(renzo?.why ?? '', /projects\/renzo\/index\.js:53/);
  });

  it('every protocol of the sourced list is in the offline protocol list, its adapter line recorded', async () => {
    assert.ok(!(await store.qualityFlags()).some((f) => f.kind === 'unmatched-doublecounted'));
    const renzo = ctx.snapshot.find((s) => s.slug === 'renzo');
    assert.equal(renzo?.doublecounted, true);
    assert.equal(renzo?.doublecountedSource, 'DefiLlama-Adapters projects/renzo/index.js:53 @906b2d7b');
    assert.equal(
      ctx.snapshot.find((s) => s.slug === 'aave-v3')?.doublecounted,
      null,
      'not known: the category decides',
    );
  });

  it('Ethereum on 2025-02-19: every standalone protocol counts exactly as the reference counts it', async () => {
    const standalone = (await pointsOn('ethereum')).filter(
      (p) => p.section === 'tvl' && meta.has(p.protocol) && ctx.universe.classes.has(p.protocol),
    );
    assert.ok(standalone.length >= 30, `${standalone.length} protocols`);
    const reference = defillamaChainTvl(standalone, meta);
    const faultline = composeDay(
      standalone.map((p) => ({
        section: p.section,
        cls: ctx.universe.classes.get(p.protocol) ?? 0,
        usd: p.usd,
      })),
      DEFAULT_TOGGLES,
    );
    assert.equal(faultline.usd.toFixed(2), reference.toFixed(2));
    for (const slug of ['kelp', 'renzo', 'alchemix', 'contango-v2', 'sommelier', 'aera'])
      assert.ok(
        faultline.parts.doublecounted > 0 && (ctx.universe.entries.get(slug)?.doublecountedBy ?? '') !== '',
        slug,
      );
  });
});
