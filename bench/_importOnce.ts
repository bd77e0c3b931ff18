// One measured run in a fresh process, so peak memory is this job's own. Prints JSON on stdout.
import { DuckDBInstance } from '@duckdb/node-api';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';

const [mode, dbPath, dataDir] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
if (mode === 'faultline-all' || mode === 'faultline-parquet') {
  const store = await createDuckDbStore(dbPath);
  await store.migrate();
  const datasets =
    mode === 'faultline-all'
      ? DATASETS
      : DATASETS.filter((d) => d.id === 'defillama/protocol-chain-tvl-daily');
  const summary = await importDatasets({ store, dataDir, datasets });
  store.close();
  if (summary.failed.length > 0) throw new Error(summary.failed.map((f) => f.error.message).join('\n'));
} else {
  const db = await DuckDBInstance.create(dbPath);
  const conn = await db.connect();
  await conn.run(
    `CREATE TABLE raw AS SELECT * FROM read_parquet('${dataDir}/defillama/protocol_chain_tvl_daily_99protocols_to_2025-03.parquet')`,
  );
  conn.closeSync();
  db.closeSync();
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
