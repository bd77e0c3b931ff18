/**
 * Imports datasets into a store as `faultline import` (or `import --rebuild`) would, in its own process:
 * tests spawn it so an engine crash is a failed exit, not a crashed test runner, and so a file-size
 * limit (`ulimit -f`) applies to it alone. Prints what it did as JSON.
 * Usage: node --import tsx test/helpers/importChild.ts [--rebuild] <db> <dataDir> <dataset id>...
 */
import { importDatasets } from '../../src/ingest/importDatasets.ts';
import { rebuildStore } from '../../src/ingest/rebuildStore.ts';
import { DATASETS } from '../../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../../src/store/duckdb/duckdbStore.ts';
import { moveStoreAside } from '../../src/store/duckdb/moveStoreAside.ts';
import type { Store } from '../../src/store/store.ts';

const args = process.argv.slice(2);
const rebuild = args[0] === '--rebuild';
const [db = '', dataDir = '', ...ids] = rebuild ? args.slice(1) : args;
const datasets = DATASETS.filter((d) => ids.includes(d.id));
let store: Store | undefined;
const openStore = async () => {
  store = await createDuckDbStore(db);
  await store.migrate();
  return store;
};
const summary = rebuild
  ? await rebuildStore({ moveAside: () => moveStoreAside(db), openStore, dataDir, datasets })
  : { ...(await importDatasets({ store: await openStore(), dataDir, datasets })), movedAside: [] };
store?.close();
process.stdout.write(
  JSON.stringify({
    movedAside: summary.movedAside,
    imported: summary.imported.map((i) => i.dataset),
    unchanged: summary.unchanged,
    failed: summary.failed.map((f) => ({ dataset: f.dataset, message: f.error.message, code: f.error.code })),
  }),
);
