import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import type { Store } from '../src/store/store.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';

const DAY = '2025-01-26';

describe('liquid restaking products are stored apart, and the example network quotes the right one', () => {
  let store: Store;
  const tvlOn = async (protocol: string) =>
    (await store.protocolDailyTotals(null)).find((t) => t.protocol === protocol && t.day === DAY)?.tvlUsd;
  before(async () => {
    store = await createDuckDbStore(join(tempDir(), 'restaking.duckdb'));
    await store.migrate();
    const wanted = DATASETS.filter((d) => d.id === 'restaking-protocols/history' || d.id === 'prices/daily');
    assert.deepEqual((await importDatasets({ store, dataDir: REAL_DATA, datasets: wanted })).failed, []);
  });
  after(() => store.close());

  it("keeps ether.fi's stake ($7.48B), vaults and liquid ($545M) products as three protocols on 2025-01-26", async () => {
    // The file's own rows for the day (its last row per product): 7,480,895,523.53 / 1,231,859,855.39 / 545,259,073.92.
    assert.equal((await tvlOn('ether.fi-stake'))?.toFixed(2), '7480895523.53');
    assert.equal((await tvlOn('ether.fi-vaults'))?.toFixed(2), '1231859855.39');
    assert.equal((await tvlOn('ether.fi-liquid'))?.toFixed(2), '545259073.92');
    assert.equal(await tvlOn('etherfi'), undefined, 'no series mixing the three under the file name');
    assert.equal((await tvlOn('kelp'))?.toFixed(2), '1871898429.58', "Kelp's renamed series is one protocol");
  });

  it('examples/restaking/eigenlayer-avs.json: each liquid token is its stake product’s TVL in ETH that day (2,315,006 ETH for ether.fi, not the 168,735 of ether.fi Liquid)', async () => {
    const close = (await store.dailyPrices('ETH')).find((p) => p.day === DAY)?.value as number;
    assert.equal(close, 3231.48);
    const example = JSON.parse(readFileSync('examples/restaking/eigenlayer-avs.json', 'utf8')) as {
      liquidTokens: { id: string; value: number; instantLiquidity: number }[];
    };
    const product: Record<string, string> = { 'ether.fi': 'ether.fi-stake', Renzo: 'renzo', Kelp: 'kelp' };
    for (const t of example.liquidTokens) {
      const eth = Math.round(((await tvlOn(product[t.id] as string)) as number) / close);
      assert.equal(t.value, eth, t.id);
      assert.equal(t.instantLiquidity, Math.round(0.05 * eth), `${t.id}: the documented 5% buffer`);
    }
  });
});
