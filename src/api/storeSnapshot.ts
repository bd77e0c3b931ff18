import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { type App, createApp } from '../app.ts';
import type { Config } from '../core/config.ts';
import { openDuckDb } from '../store/duckdb/openDuckDb.ts';

/**
 * The server's view of the store. DuckDB lets one process hold a file, so the server never keeps the
 * store open: it copies it (while holding it read-only for the moment of the copy, so no writer is
 * half-way) to a private file and reads that. The CLI keeps working on the store; when the store file
 * changes, the next `refresh` takes a new snapshot and bumps `generation` (the API's caches key on it).
 */
export type StoreSnapshot = {
  /** Services over the current snapshot. */
  app(): App;
  /** Increases with every new snapshot. */
  generation(): number;
  /** Takes a new snapshot if the store changed since the last one; true when it did. */
  refresh(): Promise<boolean>;
  /** Runs `work` on the store itself (for writes such as an import), then refreshes the snapshot. */
  write<T>(work: (app: App) => Promise<T>): Promise<T>;
  close(): void;
};

/** Old snapshots stay open this long after a new one replaces them, for requests still reading (ms). */
const RETIRE_AFTER_MS = 30_000;

function fingerprint(dbPath: string): string {
  return [dbPath, `${dbPath}.wal`]
    .map((f) => (existsSync(f) ? `${statSync(f).size}:${statSync(f).mtimeMs}` : '-'))
    .join('|');
}

/** Opens a snapshot of the store the config names (which must exist). */
export async function openStoreSnapshot(config: Config): Promise<StoreSnapshot> {
  let generation = 0;
  let current: { app: App; file: string; seen: string } | null = null;
  let writing: Promise<unknown> = Promise.resolve();
  const retired = new Map<ReturnType<typeof setTimeout>, { app: App; file: string }>();

  const take = async () => {
    const file = `${config.dbPath}.serve-${process.pid}-${generation + 1}`;
    const lock = await openDuckDb(config.dbPath, { readOnly: true });
    let seen: string;
    try {
      seen = fingerprint(config.dbPath);
      copyFileSync(config.dbPath, file);
      if (existsSync(`${config.dbPath}.wal`)) copyFileSync(`${config.dbPath}.wal`, `${file}.wal`);
    } finally {
      lock.closeSync();
    }
    const previous = current;
    current = { app: await createApp({ ...config, dbPath: file }), file, seen };
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
  const dispose = (s: { app: App; file: string }) => {
    s.app.close();
    rmSync(s.file, { force: true });
    rmSync(`${s.file}.wal`, { force: true });
  };

  await take();
  const snapshot: StoreSnapshot = {
    app: () => (current as { app: App }).app,
    generation: () => generation,
    refresh: async () => {
      if (current && fingerprint(config.dbPath) === current.seen) return false;
      await take();
      return true;
    },
    write: async (work) => {
      const run = writing.then(async () => {
        const app = await createApp(config);
        try {
          return await work(app);
        } finally {
          app.close();
          await snapshot.refresh();
        }
      });
      writing = run.catch(() => undefined);
      return run;
    },
    close: () => {
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
