import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import type { Store } from '../src/store/store.ts';
import { dataCopy, REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { importedStore } from './helpers/importedStore.ts';
import { runCli } from './helpers/runCli.ts';

const CHAIN_CSV = 'defillama/chain_tvl_daily_6chains_2020-2025-08.csv';
const SNAPSHOT_JSON = 'defillama/protocols_snapshot_2025-12-19.json';
const L2BEAT_JSON = 'l2beat/scaling_summary_2024-11.json';
const PARQUET = 'defillama/protocol_chain_tvl_daily_99protocols_to_2025-03.parquet';
const VOLATILITY_CSV = 'aave-v3/asset_volatility_90d_2025-12.csv';
const STABLECOIN_CSV = 'stablecoins/daily_supply_2020-2025-08.csv';

type Case = {
  name: string;
  file: string;
  dataset: string;
  damage: (path: string) => Promise<void> | void;
  error: RegExp;
};

const cases: Case[] = [
  {
    name: 'a CSV with a broken row (an extra field)',
    file: CHAIN_CSV,
    dataset: 'defillama/chain-tvl-daily',
    damage: (p) => appendFileSync(p, '2025-08-03,ethereum,1,surplus\n'),
    error: /chain_tvl_daily_6chains_2020-2025-08\.csv, line 10109: malformed CSV: expected 3 fields, found 4/,
  },
  {
    name: 'a CSV with a wrong value type',
    file: CHAIN_CSV,
    dataset: 'defillama/chain-tvl-daily',
    damage: (p) =>
      writeFileSync(
        p,
        readFileSync(p, 'utf8').replace('2020-01-03,ethereum,595731705', '2020-01-03,ethereum,lots'),
      ),
    error:
      /chain_tvl_daily_6chains_2020-2025-08\.csv, line 4, field "tvl": expected a finite number \(USD\), got "lots"/,
  },
  {
    name: 'a CSV with a missing column',
    file: VOLATILITY_CSV,
    dataset: 'aave-v3/volatility',
    damage: (p) => writeFileSync(p, readFileSync(p, 'utf8').replace('daily_volatility', 'daily_vol')),
    error: /asset_volatility_90d_2025-12\.csv: missing column\(s\) daily_volatility/,
  },
  {
    name: 'a truncated JSON file',
    file: SNAPSHOT_JSON,
    dataset: 'defillama/protocols-snapshot',
    damage: (p) => writeFileSync(p, readFileSync(p, 'utf8').slice(0, 5000)),
    error: /protocols_snapshot_2025-12-19\.json, (line \d+, column \d+|end of file): malformed JSON/,
  },
  {
    name: 'a JSON file with a wrong field type',
    file: L2BEAT_JSON,
    dataset: 'l2beat/scaling-summary',
    damage: (p) => {
      const data = JSON.parse(readFileSync(p, 'utf8'));
      data.projects[2].tvl.total = '5.3B';
      writeFileSync(p, JSON.stringify(data));
    },
    error: /scaling_summary_2024-11\.json, projects\[2\]\.tvl\.total: .*expected number/i,
  },
  {
    name: 'a corrupt parquet file',
    file: PARQUET,
    dataset: 'defillama/protocol-chain-tvl-daily',
    damage: (p) => {
      const bytes = readFileSync(p);
      bytes.fill(0x5a, 1000, bytes.length - 1000);
      writeFileSync(p, bytes);
    },
    error:
      /protocol_chain_tvl_daily_99protocols_to_2025-03\.parquet: (corrupt parquet data|not a readable parquet file)/,
  },
  {
    name: 'a parquet file with wrong column types',
    file: PARQUET,
    dataset: 'defillama/protocol-chain-tvl-daily',
    damage: async (p) => {
      const db = await DuckDBInstance.create(':memory:');
      const conn = await db.connect();
      await conn.run(
        `COPY (SELECT * REPLACE (amount::VARCHAR AS amount) FROM read_parquet('${join(REAL_DATA, PARQUET)}') LIMIT 100) TO '${p}' (FORMAT parquet)`,
      );
      conn.closeSync();
      db.closeSync();
    },
    error: /\.parquet, field "amount": wrong column type: expected DOUBLE, got VARCHAR/,
  },
  {
    name: 'a missing file',
    file: STABLECOIN_CSV,
    dataset: 'stablecoins/daily-supply',
    damage: (p) => rmSync(p),
    error: /daily_supply_2020-2025-08\.csv: file not found/,
  },
  {
    name: 'an empty file',
    file: VOLATILITY_CSV,
    dataset: 'aave-v3/volatility',
    damage: (p) => truncateSync(p, 0),
    error: /asset_volatility_90d_2025-12\.csv: file is empty/,
  },
  {
    name: 'a CSV with a header and no rows',
    file: VOLATILITY_CSV,
    dataset: 'aave-v3/volatility',
    damage: (p) => writeFileSync(p, `${readFileSync(p, 'utf8').split('\n')[0]}\n`),
    error: /asset_volatility_90d_2025-12\.csv: no data rows/,
  },
];

describe('bad input', () => {
  let store: Store;
  // The real data as `faultline import` stores it (imported once for the suite).
  const dbPath = importedStore(tempDir());
  before(async () => {
    store = await createDuckDbStore(dbPath);
    await store.migrate();
    assert.equal((await store.datasetImports()).length, DATASETS.length);
  });
  after(() => store.close());

  for (const c of cases) {
    it(`${c.name}: a clear error, the dataset's earlier contents untouched, the others unaffected`, async () => {
      const dir = dataCopy([c.file]);
      await c.damage(join(dir, c.file));
      const dataset = DATASETS.find((d) => d.id === c.dataset);
      assert.ok(dataset);
      const before = await store.datasetImports();
      const countBefore = await store.coverage(c.dataset, dataset.tables);
      const summary = await importDatasets({ store, dataDir: dir, datasets: DATASETS });
      assert.deepEqual(
        summary.failed.map((f) => f.dataset),
        [c.dataset],
      );
      assert.match(summary.failed[0]?.error.message ?? '', c.error);
      assert.equal(summary.unchanged.length, DATASETS.length - 1);
      assert.deepEqual(await store.coverage(c.dataset, dataset.tables), countBefore);
      assert.deepEqual(await store.datasetImports(), before);
    });
  }

  it('still imports every other dataset into an empty store when one file is damaged', async () => {
    const dir = dataCopy([CHAIN_CSV]);
    appendFileSync(join(dir, CHAIN_CSV), '2025-08-03,ethereum,1,surplus\n');
    const fresh = await createDuckDbStore(join(tempDir(), 'fresh.duckdb'));
    await fresh.migrate();
    try {
      const summary = await importDatasets({ store: fresh, dataDir: dir, datasets: DATASETS });
      assert.equal(summary.imported.length, DATASETS.length - 1);
      assert.deepEqual(
        summary.failed.map((f) => f.dataset),
        ['defillama/chain-tvl-daily'],
      );
      assert.equal(
        (await fresh.coverage('defillama/chain-tvl-daily', [{ table: 'chain_tvl_daily', dayColumn: 'day' }]))
          .rows,
        0,
      );
    } finally {
      fresh.close();
    }
  });

  it('exits non-zero from the CLI, naming the file, line and field', () => {
    const dir = dataCopy([CHAIN_CSV]);
    const path = join(dir, CHAIN_CSV);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('2020-01-03,ethereum,595731705', '2020-01-03,ethereum,lots'),
    );
    const result = runCli(['import', '--data', dir, '--db', importedStore(tempDir())]);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /FAILED defillama\/chain-tvl-daily: .*chain_tvl_daily_6chains_2020-2025-08\.csv, line 4, field "tvl": expected a finite number \(USD\), got "lots"/,
    );
    assert.match(
      result.stderr,
      new RegExp(`imported 0 dataset\\(s\\); ${DATASETS.length - 1} unchanged; 1 failed`),
    );
  });
});
