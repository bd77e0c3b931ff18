// Store size over re-imports: imports every dataset of the real data, then three times again as after an
// importer upgrade (every dataset's version bumped), printing the file's size and each import's time,
// the space reclaim included (issue 23: 19.7 → 31.2 MB before). `node --import tsx bench/reimport.bench.ts`.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';

const dataDir = resolve(process.env.FAULTLINE_DATA ?? join(import.meta.dirname, '../../shared/data'));
const db = join(mkdtempSync(join(tmpdir(), 'faultline-reimport-bench-')), 'store.duckdb');
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

console.log('re-import benchmark: every dataset of the real data, imported 4 times');
for (let round = 0; round < 4; round++) {
  const started = performance.now();
  const store = await createDuckDbStore(db);
  await store.migrate();
  const summary = await importDatasets({
    store,
    dataDir,
    datasets: DATASETS.map((d) => ({ ...d, version: d.version + round })),
  });
  store.close();
  if (summary.failed.length > 0) throw new Error(summary.failed.map((f) => f.error.message).join('\n'));
  const space = summary.space;
  console.log(
    `  import ${round + 1}: ${((performance.now() - started) / 1000).toFixed(1)} s, store ${mib(statSync(db).size)}` +
      (space ? ` (${space.rewritten ? `rewritten from ${mib(space.bytesBefore)}` : space.reason})` : ''),
  );
}
