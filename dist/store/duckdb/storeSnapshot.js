// src/store/duckdb/storeSnapshot.ts
import { copyFileSync, existsSync, rmSync, statSync } from "node:fs";
import { createDuckDbStore } from "./duckdbStore.js";
import { openDuckDb } from "./openDuckDb.js";
var RETIRE_AFTER_MS = 3e4;
function fingerprint(dbPath) {
  return [dbPath, `${dbPath}.wal`].map((f) => existsSync(f) ? `${statSync(f).size}:${statSync(f).mtimeMs}` : "-").join("|");
}
async function openStoreSnapshot(dbPath) {
  let generation = 0;
  let current = null;
  let writing = Promise.resolve();
  const retired = /* @__PURE__ */ new Map();
  const dispose = (s) => {
    s.store.close();
    rmSync(s.file, { force: true });
    rmSync(`${s.file}.wal`, { force: true });
  };
  const take = async () => {
    const file = `${dbPath}.serve-${process.pid}-${generation + 1}`;
    const lock = await openDuckDb(dbPath, { readOnly: true });
    let seen;
    try {
      seen = fingerprint(dbPath);
      copyFileSync(dbPath, file);
      if (existsSync(`${dbPath}.wal`)) copyFileSync(`${dbPath}.wal`, `${file}.wal`);
    } finally {
      lock.closeSync();
    }
    const store = await createDuckDbStore(file);
    await store.migrate();
    const previous = current;
    current = { store, file, seen };
    generation += 1;
    if (previous) {
      const timer = setTimeout(() => {
        retired.delete(timer);
        dispose(previous);
      }, RETIRE_AFTER_MS);
      timer.unref();
      retired.set(timer, previous);
    }
  };
  await take();
  const snapshot = {
    read: async () => current.store,
    generation: () => generation,
    refresh: async () => {
      if (current && fingerprint(dbPath) === current.seen) return false;
      await take();
      return true;
    },
    write: async (work) => {
      const run = writing.then(async () => {
        const store = await createDuckDbStore(dbPath);
        try {
          await store.migrate();
          return await work(store);
        } finally {
          store.close();
          await snapshot.refresh();
        }
      });
      writing = run.catch(() => void 0);
      return run;
    },
    release: async () => void 0,
    close: async () => {
      for (const [timer, old] of retired) {
        clearTimeout(timer);
        dispose(old);
      }
      retired.clear();
      if (current) dispose(current);
      current = null;
    }
  };
  return snapshot;
}
export {
  openStoreSnapshot
};
