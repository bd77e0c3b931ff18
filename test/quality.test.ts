import assert from 'node:assert/strict';
import { isAbsolute, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadTvlContext } from '../src/analytics/tvlContext.ts';
import { explainTvl } from '../src/analytics/tvlExplain.ts';
import { QualityResult, quality } from '../src/app/quality.ts';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import { DEFAULT_TOGGLES } from '../src/model/tvlMethodology.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import type { Store } from '../src/store/store.ts';
import { appOnStore } from './helpers/appOnStore.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';

describe('the quality document says of every flag whether its data counts, as the figures treat it', () => {
  let store: Store;
  before(async () => {
    store = await createDuckDbStore(join(tempDir(), 'quality.duckdb'));
    await store.migrate();
    const wanted = DATASETS.filter((d) =>
      [
        'defillama/protocol-chain-tvl-daily',
        'defillama/protocols-snapshot',
        'aave-v3/top-borrowers',
        'aave-v3/debt-positions',
        'aave-v3/volatility',
        'bitcoinlayers/layers',
      ].includes(d.id),
    );
    assert.equal(wanted.length, 6);
    assert.deepEqual((await importDatasets({ store, dataDir: REAL_DATA, datasets: wanted })).failed, []);
  });
  after(() => store.close());

  it('lists the 43 negative protocol-chain-days as points kept out, and the TVL figure does leave them out', async () => {
    const doc = await quality(appOnStore(store), { limit: 5000 });
    assert.doesNotThrow(() => QualityResult.parse(doc));
    const negative = doc.flags.filter((f) => f.scope === 'point' && f.kind === 'negative');
    assert.equal(negative.length, 43);
    assert.ok(negative.every((f) => !f.counted && f.usd !== null && f.usd < 0));
    const summary = doc.flags.find((f) => f.kind === 'rejected-negative-tvl');
    assert.match(
      summary?.message ?? '',
      /^43 protocol-chain-days below \$0: kept, flagged, left out of totals/,
    );
    assert.equal(summary?.counted, false, 'a flag that says "left out of totals" is not shown as counted');
    const first = negative[0];
    const explained = await explainTvl(
      await loadTvlContext(store),
      {
        subject: { kind: 'chain', chain: first?.chain as string },
        toggles: DEFAULT_TOGGLES,
        denominate: 'usd',
        from: null,
        to: null,
      },
      first?.day as string,
    );
    const line = explained.lines.find((l) => l.protocol === first?.protocol && l.pointDay === first?.day);
    assert.equal(line?.role, 'rejected', `${first?.protocol} on ${first?.chain} ${first?.day}`);
  });

  it('--excluded returns exactly the flags kept out; --protocol and --kind narrow it', async () => {
    const all = await quality(appOnStore(store), { limit: 5000 });
    const out = await quality(appOnStore(store), { limit: 5000, excluded: true });
    assert.equal(out.counts.flags, all.counts.keptOut);
    assert.ok(out.counts.flags >= 43 + 1 + 1, 'the points, their file summary, the 83 accounts left out');
    assert.ok(out.flags.every((f) => !f.counted));
    assert.ok(
      out.flags.some((f) => f.kind === 'missing-debt-position' && f.treatment.startsWith('left out')),
    );
    const contango = await quality(appOnStore(store), { limit: 5000, protocol: 'contango-v2' });
    assert.ok(contango.flags.length > 1);
    assert.ok(contango.flags.every((f) => f.protocol === 'contango-v2' || f.subject.includes('contango-v2')));
    assert.deepEqual(
      [
        ...new Set(
          (await quality(appOnStore(store), { limit: 5000, kind: 'unknown-tvl' })).flags.map((f) => f.kind),
        ),
      ],
      ['unknown-tvl'],
    );
  });

  it('names files relative to the data folder, never as absolute paths, and dates every source', async () => {
    const doc = await quality(appOnStore(store), { limit: 5000 });
    const files = doc.flags.map((f) => f.file).filter((f) => f !== null);
    assert.ok(files.length > 0);
    for (const f of files) assert.ok(!isAbsolute(f), f);
    assert.ok(files.includes('defillama/protocol_chain_tvl_daily_99protocols_to_2025-03.parquet'));
    assert.ok(doc.datasets.every((s) => s.dataThrough !== null));
    assert.deepEqual(
      doc.sources.map((s) => s.id),
      doc.datasets.map((d) => d.dataset),
    );
    assert.equal(doc.asOf, '2025-12-19');
    const shortfall = doc.flags.find((f) => f.kind === 'debt-above-collateral');
    assert.equal(shortfall?.counted, true, 'kept in the book as its baseline');
  });
});
