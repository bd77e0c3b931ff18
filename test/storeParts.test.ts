import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addDays, type Day } from '../src/core/day.ts';
import type { ChainId } from '../src/model/chain.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import type { Column, Store } from '../src/store/store.ts';
import { tempDir } from './helpers/dataDir.ts';

const COLUMNS: Column[] = [
  ['dataset', 'varchar'],
  ['chain', 'varchar'],
  ['day', 'date'],
  ['tvl_usd', 'double'],
];
const chainDays = (chains: number, days: number) =>
  Array.from({ length: chains * days }, (_, i) => [
    'fixture',
    `chain-${i % chains}`,
    addDays('2020-01-01' as Day, Math.floor(i / chains)),
    i * 1.5,
  ]);

/** Replaces the fixture dataset's chain TVL rows, as an importer would. */
const replace = (store: Store, rows: unknown[][]) =>
  store.replaceDataset('fixture', String(rows.length), ['chain_tvl_daily'], async (tx) => {
    await tx.append('chain_tvl_daily', COLUMNS, rows);
    return { files: [], flags: [] };
  });

describe('the DuckDB store after reclaimSpace swaps its engine for a compact copy', () => {
  let store: Store;
  before(async () => {
    store = await createDuckDbStore(join(tempDir(), 'parts.duckdb'));
    await store.migrate();
    await replace(store, chainDays(300, 2000));
    await replace(store, chainDays(2, 3));
  });
  after(() => store.close());

  it('rewrites the file, and every part of the store reads and writes the new engine', async () => {
    const reclaimed = await store.reclaimSpace();
    assert.equal(reclaimed.rewritten, true, reclaimed.reason);
    assert.ok(reclaimed.bytesAfter < reclaimed.bytesBefore);
    // TVL reads
    assert.equal((await store.chainDailyTvl('chain-1' as ChainId)).length, 3);
    // layer, lending, yield and market reads (nothing imported: empty, not an error)
    assert.deepEqual(await store.btcLayerProfiles(), []);
    assert.deepEqual(await store.lendingAccounts('aave-v3-ethereum'), []);
    assert.deepEqual(await store.yieldCoverage(), []);
    assert.deepEqual(await store.marketSnapshots(), []);
    // provenance
    assert.deepEqual(
      (await store.datasetImports()).map((i) => [i.dataset, i.fingerprint]),
      [['fixture', '6']],
    );
    // ingest writes: a live unit commits, and a dataset is replaced again
    await store.commitUnit({
      checkpoint: {
        source: 'test',
        unit: 'u',
        targetDay: '2020-01-03' as Day,
        newestDay: null,
        etag: null,
        lastModified: null,
        contentSha256: null,
      },
      flags: [],
    });
    assert.deepEqual([...(await store.ingestCheckpoints('test')).keys()], ['u']);
    await replace(store, chainDays(1, 4));
    assert.equal((await store.coverage('fixture', [{ table: 'chain_tvl_daily', dayColumn: 'day' }])).rows, 4);
    // maintenance
    await store.limitMemory(256);
  });
});
