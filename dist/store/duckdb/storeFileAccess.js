// src/store/duckdb/storeFileAccess.ts
import { createDuckDbStore } from "./duckdbStore.js";
function openStoreFile(dbPath) {
  let store;
  const open = () => {
    if (!store) {
      store = createDuckDbStore(dbPath).then(async (s) => {
        await s.migrate();
        return s;
      });
      store.catch(() => {
        store = void 0;
      });
    }
    return store;
  };
  const release = async () => {
    const current = store;
    store = void 0;
    const opened = await current?.catch(() => void 0);
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
    close: release
  };
}
export {
  openStoreFile
};
