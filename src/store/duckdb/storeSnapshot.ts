import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import type { Store } from '../store.ts';
import type { StoreAccess } from '../storeAccess.ts';
import { createDuckDbStore } from './duckdbStore.ts';
import { openDuckDb } from './openDuckDb.ts';

/**
 * The server's access to the store. DuckDB lets one process hold a file, so the server never keeps the
 * store open: it copies it (while holding it read-only for the moment of the copy, so no writer is
 * half-way) to a private file and reads that. The CLI keeps working on the store; when the store file
 * changes, `refresh` takes a new snapshot and bumps `generation` (caches key on it).
 */
export type StoreSnapshot = StoreAccess & {
  /** Takes a new snapshot if the store changed since the last one; true when it did. */
  refresh(): Promise<boolean>;
};

/** Old snapshots stay open this long after a new one replaces them, for requests still reading (ms). */
const RETIRE_AFTER_MS = 30_000;

function fingerprint(dbPath: string): string {
  return [dbPath, `${dbPath}.wal`]
    .map((f) => (existsSync(f) ? `${statSync(f).size}:${statSync(f).mtimeMs}` : '-'))
    .join('|');
}

type Taken = { store: Store; file: string; seen: string };

/** Opens a snapshot of the store at `dbPath` (which must exist). */
export async function openStoreSnapshot(dbPath: string): Promise<StoreSnapshot> {
  let generation = 0;
  let current: Taken | null = null;
  let writing: Promise<unknown> = Promise.resolve();
  const retired = new Map<ReturnType<typeof setTimeout>, Taken>();

  const dispose = (s: Taken) => {
    s.store.close();
    rmSync(s.file, { force: true });
    rmSync(`${s.file}.wal`, { force: true });
  };
  const take = async () => {
    const file = `${dbPath}.serve-${process.pid}-${generation + 1}`;
    const lock = await openDuckDb(dbPath, { readOnly: true });
    let seen: string;
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
  const snapshot: StoreSnapshot = {
    read: async () => (current as Taken).store,
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
      writing = run.catch(() => undefined);
      return run;
    },
    release: async () => undefined,
    close: async () => {
      for (const [timer, old] of retired) {
        clearTimeout(timer);
        dispose(old);
      }
      retired.clear();
      if (current) dispose(current);
      current = null;
    },
  };
  return snapshot;
}
