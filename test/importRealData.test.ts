import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import type { Store } from '../src/store/store.ts';
import { dataCopy, REAL_DATA, tempDir } from './helpers/dataDir.ts';

describe('importing the real data into a DuckDB file', () => {
  let store: Store;
  const dbPath = join(tempDir(), 'store.duckdb');

  before(async () => {
    store = await createDuckDbStore(dbPath);
    await store.migrate();
  });
  after(() => store.close());

  it('imports every dataset of the data README, each with its provenance', async () => {
    const summary = await importDatasets({ store, dataDir: REAL_DATA, datasets: DATASETS });
    assert.deepEqual(
      summary.failed.map((f) => f.error.message),
      [],
    );
    assert.equal(summary.imported.length, DATASETS.length);
    const imports = await store.datasetImports();
    const rows = Object.fromEntries(imports.map((i) => [i.dataset, i.rows]));
    assert.equal(rows['defillama/chain-tvl-daily'], 10_107);
    assert.equal(rows['defillama/protocol-chain-tvl-daily'], 469_654);
    assert.equal(rows['defillama/protocols-snapshot'], 6_686);
    assert.equal(rows['aave-v3/top-borrowers'], 1_000);
    const parquet = imports.find((i) => i.dataset === 'defillama/protocol-chain-tvl-daily')?.files[0];
    const file = join(REAL_DATA, 'defillama/protocol_chain_tvl_daily_99protocols_to_2025-03.parquet');
    assert.equal(parquet?.sha256, createHash('sha256').update(readFileSync(file)).digest('hex'));
  });

  it('keeps ZeroLend’s real history: peak $358.7M on 2024-11-08', async () => {
    const zerolend = (await store.protocolDailyTotals(null)).filter((t) => t.protocol === 'zerolend');
    const peak = zerolend.reduce((a, b) => (b.tvlUsd > a.tvlUsd ? b : a));
    assert.equal(peak.day, '2024-11-08');
    assert.equal(Math.round(peak.tvlUsd / 1e5) / 10, 358.7);
  });

  it('normalises chain names in one place: no raw spelling survives', async () => {
    const profiles = await store.l2RiskProfiles();
    assert.ok(profiles.some((p) => p.chain === 'zksync-era' && p.name === 'ZKsync Era'));
    assert.ok(profiles.some((p) => p.chain === 'op-mainnet'));
    const layers = await store.btcLayerProfiles();
    assert.ok(layers.some((l) => l.chain === 'rootstock') && layers.some((l) => l.chain === 'bsquared'));
  });

  it('imports nothing on a second run with unchanged files', async () => {
    const summary = await importDatasets({ store, dataDir: REAL_DATA, datasets: DATASETS });
    assert.equal(summary.imported.length, 0);
    assert.equal(summary.unchanged.length, DATASETS.length);
  });

  it('re-imports only the dataset whose file changed', async () => {
    const dir = dataCopy(['defillama/chain_tvl_daily_6chains_2020-2025-08.csv']);
    appendFileSync(
      join(dir, 'defillama/chain_tvl_daily_6chains_2020-2025-08.csv'),
      '2025-08-03,ethereum,90000000000\n',
    );
    const summary = await importDatasets({ store, dataDir: dir, datasets: DATASETS });
    assert.deepEqual(
      summary.imported.map((i) => i.dataset),
      ['defillama/chain-tvl-daily'],
    );
    assert.equal(summary.imported[0]?.rows, 10_108);
    const coverage = await store.coverage('defillama/chain-tvl-daily', [
      { table: 'chain_tvl_daily', dayColumn: 'day' },
    ]);
    assert.equal(coverage.lastDay, '2025-08-03');
  });
});
