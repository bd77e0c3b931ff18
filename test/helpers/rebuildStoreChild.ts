/**
 * Runs `rebuildStore` as `faultline import --rebuild` would, in its own process (the damaged-store test
 * spawns it so an engine crash is a failed exit, not a crashed test runner). Prints what it did as JSON.
 * Usage: node --import tsx test/helpers/rebuildStoreChild.ts <db> <dataDir> <dataset id>...
 */
import { rebuildStore } from '../../src/ingest/rebuildStore.ts';
import { DATASETS } from '../../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../../src/store/duckdb/duckdbStore.ts';
import { moveStoreAside } from '../../src/store/duckdb/moveStoreAside.ts';
import type { Store } from '../../src/store/store.ts';

const [db = '', dataDir = '', ...ids] = process.argv.slice(2);
let store: Store | undefined;
const summary = await rebuildStore({
  moveAside: () => moveStoreAside(db),
  openStore: async () => {
    store = await createDuckDbStore(db);
    await store.migrate();
    return store;
  },
  dataDir,
  datasets: DATASETS.filter((d) => ids.includes(d.id)),
});
store?.close();
process.stdout.write(
  JSON.stringify({
    movedAside: summary.movedAside,
    imported: summary.imported.map((i) => i.dataset),
    failed: summary.failed.map((f) => `${f.dataset}: ${f.error.message}`),
  }),
);
