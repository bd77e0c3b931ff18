import { StoreError } from '../../core/errors.ts';
import type { Store } from '../store.ts';
import type { StoreAccess } from '../storeAccess.ts';
import { recordChecked } from './checkedStamp.ts';
import { createDuckDbStore } from './duckdbStore.ts';

/**
 * A reader of one server snapshot file (a computation thread's): opened on first read, never written
 * (the snapshot was migrated and checked before it was served; nothing here migrates it again), closed
 * when its snapshot is freed. Writes go through the server's own access. The file is stamped as checked
 * before it is opened: it was read whole when it was built and nothing writes it since, and each reader
 * would otherwise read it whole again (seconds for a real store) before its first answer.
 * @example const access = openSnapshotReader('.faultline/faultline.duckdb.serve-4242-3', 3);
 */
export function openSnapshotReader(file: string, generation: number): StoreAccess {
  let store: Promise<Store> | null = null;
  return {
    read: () => {
      if (!store) {
        recordChecked(file);
        store = createDuckDbStore(file);
      }
      return store;
    },
    generation: () => generation,
    write: async () => {
      throw new StoreError('a snapshot reader does not write: writes go through the server', {
        source: file,
      });
    },
    release: async () => undefined,
    close: async () => {
      const open = store;
      store = null;
      if (open) (await open).close();
    },
  };
}
