import type { Store } from './store.ts';

/**
 * How the app reaches its store. The CLI opens the file itself; the server reads a private snapshot
 * of it (DuckDB lets one process hold a file) and writes through the file. Caches key on `generation`.
 */
export type StoreAccess = {
  /** The store answers are read from (opened, and migrated, on first use). */
  read(): Promise<Store>;
  /** Increases whenever the readable store is replaced (a new server snapshot). */
  generation(): number;
  /** Runs writes (an import, an ingest) on the store file itself; the readable store follows. */
  write<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /** Lets go of the file so another handle (read-only SQL) can open it; the next read reopens it. */
  release(): Promise<void>;
  close(): Promise<void>;
};
