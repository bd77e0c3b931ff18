/**
 * Imports datasets into a store as `faultline import` would, in its own process:
 * tests spawn it so an engine crash is a failed exit, not a crashed test runner, and so a file-size
 * limit (`ulimit -f`) applies to it alone. Prints what it did as JSON.
 * Usage: node --import tsx test/helpers/importChild.ts <db> <dataDir> <dataset id>...
 */
import { importDatasets } from '../../src/ingest/importDatasets.ts';
import { DATASETS } from '../../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../../src/store/duckdb/duckdbStore.ts';

const [db = '', dataDir = '', ...ids] = process.argv.slice(2);
const datasets = DATASETS.filter((d) => ids.includes(d.id));
const store = await createDuckDbStore(db);
await store.migrate();
const summary = await importDatasets({ store, dataDir, datasets });
store.close();
process.stdout.write(
  JSON.stringify({
    imported: summary.imported.map((i) => i.dataset),
    unchanged: summary.unchanged,
    failed: summary.failed.map((f) => ({ dataset: f.dataset, message: f.error.message, code: f.error.code })),
  }),
);
