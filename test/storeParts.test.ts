import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
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

describe("the store's revision: the id answers kept outside the store are keyed on", () => {
  let store: Store;
  let file: string;
  before(async () => {
    file = join(tempDir(), 'revision.duckdb');
    store = await createDuckDbStore(file);
    await store.migrate();
  });
  after(() => store.close());

  it('stays through reads, a reopen and a compaction; changes at every write, even one that fails', async () => {
    const first = await store.revision();
    assert.match(first, /^[0-9a-f-]{36}$/);
    await store.datasetImports();
    await store.chainDailyTvl('chain-1' as ChainId);
    assert.equal(await store.revision(), first, 'reads leave it');
    await replace(store, chainDays(2, 3));
    const afterImport = await store.revision();
    assert.notEqual(afterImport, first, 'a dataset replaced');
    await assert.rejects(
      store.replaceDataset('fixture', 'x', ['chain_tvl_daily'], async () => {
        throw new Error('the file broke half-way');
      }),
      /half-way/,
    );
    const afterFailure = await store.revision();
    assert.notEqual(afterFailure, afterImport, 'a failed write may have been half-done: a new revision');
    await store.recordUnitFailure('test', 'u', '2020-01-03' as Day, 'HTTP 500');
    assert.notEqual(await store.revision(), afterFailure, 'a live unit recorded');
    const beforeReopen = await store.revision();
    await store.reclaimSpace();
    assert.equal(await store.revision(), beforeReopen, 'a compaction changes no data');
    store.close();
    store = await createDuckDbStore(file);
    await store.migrate();
    assert.equal(await store.revision(), beforeReopen, 'the file keeps its revision');
    const other = await createDuckDbStore(join(tempDir(), 'other.duckdb'));
    await other.migrate();
    assert.notEqual(await other.revision(), beforeReopen, 'another store file has its own');
    other.close();
  });

  it('is left as it is by a store opened only to read (the file is not rewritten)', async () => {
    store.close();
    const before = statSync(file).mtimeMs;
    store = await createDuckDbStore(file);
    await store.migrate();
    await store.datasetImports();
    store.close();
    assert.equal(statSync(file).mtimeMs, before);
    store = await createDuckDbStore(file);
  });
});
