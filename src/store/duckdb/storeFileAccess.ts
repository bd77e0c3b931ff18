import type { Store } from '../store.ts';
import type { StoreAccess } from '../storeAccess.ts';
import { createDuckDbStore } from './duckdbStore.ts';

/**
 * Store access on the DuckDB file itself, opened and migrated on first use: what one CLI process needs.
 * Every write starts a new generation, so what was cached before it is read again.
 * @example const access = openStoreFile('.faultline/faultline.duckdb'); const store = await access.read();
 */
export function openStoreFile(dbPath: string): StoreAccess {
  let store: Promise<Store> | undefined;
  const open = () => {
    if (!store) {
      store = createDuckDbStore(dbPath).then(async (s) => {
        await s.migrate();
        return s;
      });
      store.catch(() => {
        store = undefined;
      });
    }
    return store;
  };
  const release = async () => {
    const current = store;
    store = undefined;
    const opened = await current?.catch(() => undefined);
    opened?.close();
  };
  let generation = 0;
  return {
    read: open,
    generation: () => generation,
    write: async (work) => {
      try {
        return await work(await open());
      } finally {
        generation += 1;
      }
    },
    release,
    close: release,
  };
}
