import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import type { Store } from '../store.ts';
import type { StoreAccess } from '../storeAccess.ts';
import { recordChecked } from './checkedStamp.ts';
import { diskFullError } from './diskFullError.ts';
import { createDuckDbStore } from './duckdbStore.ts';
import { openDuckDb } from './openDuckDb.ts';
import { checkSnapshot } from './snapshotCheck.ts';

/** One request's hold on a snapshot: the store it reads, its file, its generation. */
export type SnapshotLease = {
  store: Store;
  file: string;
  generation: number;
  /** Lets go; the snapshot is freed once it is replaced and nothing holds it. Idempotent. */
  release(): void;
};

/** How fresh what the server serves is, and how its refreshes went. */
export type SnapshotStatus = {
  generation: number;
  /** When the served snapshot was taken (ms since the epoch). */
  takenAt: number;
  /** When the store file had last changed as that snapshot saw it (ms since the epoch): the data's age. */
  storeChangedAt: number;
  /** True when the store has changed since and no newer snapshot could be taken: an old generation is served. */
  behind: boolean;
  /** Refreshes failed in a row (0 after a success). */
  failures: number;
  /** Why the last refresh failed, or null. */
  lastError: string | null;
  /** When a refresh last tried (ms since the epoch), or null. */
  lastAttemptAt: number | null;
  /** Snapshots open now: the served one and replaced ones requests still hold. */
  open: number;
};

/**
 * The server's access to the store. DuckDB lets one process hold a file, so the server never keeps the
 * store open: it copies it (holding it read-only for the moment of the copy, so no writer is half-way)
 * to a private file and reads that. The CLI keeps working on the store; when the store file changes,
 * `refresh` takes a new snapshot and bumps `generation` (caches key on it).
 */
export type StoreSnapshot = StoreAccess & {
  /** Takes a new snapshot if the store changed since the last one; true when it did. One at a time. */
  refresh(): Promise<boolean>;
  /** Holds the served snapshot for one request, so a refresh never frees it under the request. */
  acquire(): SnapshotLease;
  status(): SnapshotStatus;
  /** Calls `listener` with each snapshot file as it is freed (other handles on it must close). */
  onRetire(listener: (file: string) => void): void;
};

/** A replaced snapshot read without a lease (`read()`) stays open at least this long after that read (ms). */
const UNLEASED_GRACE_MS = 5_000;
/** How long a refresh waits for a writer to let go of the store before it counts as failed (ms). */
const REFRESH_LOCK_WAIT_MS = 2_000;

function fingerprint(dbPath: string): string {
  return [dbPath, `${dbPath}.wal`]
    .map((f) => (existsSync(f) ? `${statSync(f).size}:${statSync(f).mtimeMs}` : '-'))
    .join('|');
}
const changedAt = (dbPath: string) =>
  Math.max(...[dbPath, `${dbPath}.wal`].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));

type Taken = {
  store: Store;
  file: string;
  seen: string;
  generation: number;
  takenAt: number;
  storeChangedAt: number;
  hasData: boolean;
  holders: number;
  replaced: boolean;
  readAt: number;
  freed: boolean;
};

/** Snapshot names are never reused within a process, even by overlapping refreshes or two snapshots. */
let lastNumber = 0;

const removeFiles = (file: string) => {
  rmSync(file, { force: true });
  rmSync(`${file}.wal`, { force: true });
};

/**
 * Copies the store aside under a fresh name, migrates the copy and closes it (so it is whole, with no
 * log beside it), checks it (`checkSnapshot`: the expected tables, data if the served one had data),
 * and opens it for reading. On any failure the copy is removed; a full disk says so.
 */
async function build(dbPath: string, requireData: boolean): Promise<Omit<Taken, 'generation'>> {
  lastNumber += 1;
  const file = `${dbPath}.serve-${process.pid}-${lastNumber}`;
  try {
    const lock = await openDuckDb(dbPath, { readOnly: true, lockWaitMs: REFRESH_LOCK_WAIT_MS });
    let seen: string;
    let storeChangedAt: number;
    try {
      seen = fingerprint(dbPath);
      storeChangedAt = changedAt(dbPath);
      copyFileSync(dbPath, file);
      if (existsSync(`${dbPath}.wal`)) copyFileSync(`${dbPath}.wal`, `${file}.wal`);
    } finally {
      lock.closeSync();
    }
    const building = await createDuckDbStore(file);
    try {
      await building.migrate();
    } finally {
      building.close();
    }
    const contents = await checkSnapshot(file, { requireData });
    const store = await createDuckDbStore(file);
    // Read whole when checked, never written since: the threads that open it need not read it again.
    recordChecked(file);
    return {
      store,
      file,
      seen,
      takenAt: Date.now(),
      storeChangedAt,
      hasData: contents.imports + contents.ingestUnits > 0,
      holders: 0,
      replaced: false,
      readAt: 0,
      freed: false,
    };
  } catch (err) {
    removeFiles(file);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EFBIG') throw diskFullError(file, err);
    throw err;
  }
}

/**
 * Opens a snapshot of the store at `dbPath` (which must exist). A refresh is atomic: the new snapshot is
 * built aside and checked before it replaces the served one, which is freed once no request holds it.
 */
export async function openStoreSnapshot(dbPath: string): Promise<StoreSnapshot> {
  let current: Taken = { ...(await build(dbPath, false)), generation: 1 };
  let generation = current.generation;
  const open = new Set<Taken>([current]);
  const retireListeners: ((file: string) => void)[] = [];
  let refreshing: Promise<boolean> | null = null;
  let writing: Promise<unknown> = Promise.resolve();
  const state = { failures: 0, lastError: null as string | null, lastAttemptAt: null as number | null };

  const free = (t: Taken) => {
    if (t.freed) return;
    t.freed = true;
    open.delete(t);
    for (const listener of retireListeners) listener(t.file);
    t.store.close();
    removeFiles(t.file);
  };
  /** Frees a replaced snapshot once no lease holds it and no unleased read is recent. */
  const maybeFree = (t: Taken) => {
    if (!t.replaced || t.holders > 0 || t.freed) return;
    const wait = t.readAt + UNLEASED_GRACE_MS - Date.now();
    if (wait <= 0) return free(t);
    setTimeout(() => maybeFree(t), wait).unref();
  };

  const refreshOnce = async (): Promise<boolean> => {
    if (fingerprint(dbPath) === current.seen) {
      state.failures = 0;
      state.lastError = null;
      return false;
    }
    state.lastAttemptAt = Date.now();
    try {
      const next: Taken = { ...(await build(dbPath, current.hasData)), generation: generation + 1 };
      const previous = current;
      generation = next.generation;
      current = next;
      open.add(next);
      previous.replaced = true;
      maybeFree(previous);
      state.failures = 0;
      state.lastError = null;
      return true;
    } catch (err) {
      state.failures += 1;
      state.lastError = (err as Error).message;
      throw err;
    }
  };

  const snapshot: StoreSnapshot = {
    read: async () => {
      current.readAt = Date.now();
      return current.store;
    },
    generation: () => generation,
    acquire: () => {
      const held = current;
      held.holders += 1;
      let released = false;
      return {
        store: held.store,
        file: held.file,
        generation: held.generation,
        release: () => {
          if (released) return;
          released = true;
          held.holders -= 1;
          maybeFree(held);
        },
      };
    },
    refresh: () => {
      refreshing ??= refreshOnce().finally(() => {
        refreshing = null;
      });
      return refreshing;
    },
    status: () => ({
      generation,
      takenAt: current.takenAt,
      storeChangedAt: current.storeChangedAt,
      behind: state.failures > 0 && fingerprint(dbPath) !== current.seen,
      failures: state.failures,
      lastError: state.lastError,
      lastAttemptAt: state.lastAttemptAt,
      open: open.size,
    }),
    onRetire: (listener) => {
      retireListeners.push(listener);
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
      await refreshing?.catch(() => undefined);
      for (const t of [...open]) free(t);
    },
  };
  return snapshot;
}
