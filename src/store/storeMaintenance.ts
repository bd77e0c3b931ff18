/** What reclaiming a store's free space did: the file's size before and after (bytes), and why. */
export type SpaceReclaimed = { bytesBefore: number; bytesAfter: number; rewritten: boolean; reason: string };

/** Keeping a store in shape: its schema, its memory, its file size, and closing it. */
export interface StoreMaintenance {
  /** Applies pending migrations and refreshes the chain registry. */
  migrate(): Promise<void>;
  /**
   * Caps the memory the store's engine keeps (its cache of table data; it spills or evicts beyond it),
   * so a long ingest stays bounded however much it has written.
   */
  limitMemory(mib: number): Promise<void>;
  /**
   * Gives back the space that replaced data left free inside the store (after an import replaced
   * datasets), so re-importing the same files does not grow the store. Never fails for lack of space:
   * it then leaves the store as it is and says why.
   */
  reclaimSpace(): Promise<SpaceReclaimed>;
  /**
   * An id of the data the store holds: it changes before every write (a dataset replaced, a live unit
   * committed or failed, a market scan or snapshot saved), never on a read, and a new store file gets
   * its own. Answers kept outside the store (the report's, see `app/answerCache.ts`) are keyed on it.
   */
  revision(): Promise<string>;
  close(): void;
}
