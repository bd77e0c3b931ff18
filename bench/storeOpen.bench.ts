// What the integrity read at open costs: opening a store with `openDuckDb` (read-only instance, every
// row of every table read, then the write instance), and with the store stamped as checked (no read),
// against a bare `DuckDBInstance.create`, side by side in one run, on the store of the real data (~20 MB) and on a larger synthetic one (BENCH_ROWS rows,
// default 20 M). `node --import tsx bench/storeOpen.bench.ts`.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { forgetChecked, recordChecked } from '../src/store/duckdb/checkedStamp.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import { openDuckDb } from '../src/store/duckdb/openDuckDb.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SYNTHETIC_ROWS = Number(process.env.BENCH_ROWS ?? 20_000_000);
const dataDir = resolve(process.env.FAULTLINE_DATA ?? join(import.meta.dirname, '../../shared/data'));
const dir = mkdtempSync(join(tmpdir(), 'faultline-open-bench-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function measure(label: string, file: string): Promise<void> {
  const bare: number[] = [];
  const checked: number[] = [];
  const stamped: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    (await DuckDBInstance.create(file)).closeSync();
    bare.push(performance.now() - t);
    forgetChecked(file);
    t = performance.now();
    (await openDuckDb(file)).closeSync();
    checked.push(performance.now() - t);
    recordChecked(file);
    t = performance.now();
    (await openDuckDb(file)).closeSync();
    stamped.push(performance.now() - t);
  }
  const mib = statSync(file).size / 2 ** 20;
  const [b, c, s] = [median(bare), median(checked), median(stamped)];
  console.log(
    `  ${label} (${mib.toFixed(1)} MiB), median of ${RUNS}: bare open ${b.toFixed(0)} ms; with the integrity read ${c.toFixed(0)} ms (+${(c - b).toFixed(0)} ms, ${((c - b) / mib).toFixed(1)} ms/MiB); stamped as checked ${s.toFixed(0)} ms`,
  );
}

console.log('store open benchmark');
const real = join(dir, 'real.duckdb');
const store = await createDuckDbStore(real);
await store.migrate();
const summary = await importDatasets({ store, dataDir, datasets: DATASETS });
store.close();
if (summary.failed.length > 0) throw new Error(summary.failed.map((f) => f.error.message).join('\n'));
await measure('store of the real data', real);

const synthetic = join(dir, 'synthetic.duckdb');
const db = await DuckDBInstance.create(synthetic);
const conn = await db.connect();
await conn.run(
  `CREATE TABLE points AS SELECT range AS id, 'protocol-' || (range % 5000) AS protocol,
     DATE '2020-01-01' + (range % 2000)::INTEGER AS day, random() * 1e9 AS usd FROM range(${SYNTHETIC_ROWS})`,
);
conn.closeSync();
db.closeSync();
await measure(`synthetic store, ${SYNTHETIC_ROWS.toLocaleString('en-US')} rows`, synthetic);
