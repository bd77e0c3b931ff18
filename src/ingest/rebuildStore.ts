import type { ImportSummary } from './importDatasets.ts';

export type RebuildStoreParameters = {
  /** Moves the current (damaged) store file aside, never deleting it; returns where it went. */
  moveAside: () => Promise<string[]>;
  /** Imports every dataset of the data folder into the store at the usual path (created fresh). */
  importData: () => Promise<ImportSummary>;
};

/** What a rebuild did: the files moved aside, then the import into the fresh store. */
export type RebuildSummary = ImportSummary & { movedAside: string[] };

/**
 * `faultline import --rebuild`: moves the store aside (kept, not deleted), then imports every dataset
 * of the data folder into a fresh store at the same path. Nothing is opened before the move, so a
 * damaged file is never read or written. Live-ingested data (DefiLlama, L2BEAT) is not in the data
 * folder: run `faultline ingest` again to bring it back.
 * @example await rebuildStore({ moveAside: () => moveStoreAside(dbPath), importData: () => app.importData() })
 */
export async function rebuildStore({
  moveAside,
  importData,
}: RebuildStoreParameters): Promise<RebuildSummary> {
  const movedAside = await moveAside();
  return { ...(await importData()), movedAside };
}
