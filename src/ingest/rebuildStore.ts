import type { Store } from '../store/store.ts';
import { type ImportDatasetsParameters, type ImportSummary, importDatasets } from './importDatasets.ts';

export type RebuildStoreParameters = Omit<ImportDatasetsParameters, 'store'> & {
  /** Moves the current (damaged) store file aside, never deleting it; returns where it went. */
  moveAside: () => Promise<string[]>;
  /** Opens (creates and migrates) the fresh store at the usual path. */
  openStore: () => Promise<Store>;
};

/** What a rebuild did: the files moved aside, then the import into the fresh store. */
export type RebuildSummary = ImportSummary & { movedAside: string[] };

/**
 * `faultline import --rebuild`: moves the store aside (kept, not deleted), creates a fresh one and
 * imports every dataset of the data folder into it. Live-ingested data (DefiLlama, L2BEAT) is not in
 * the data folder: run `faultline ingest` again to bring it back.
 */
export async function rebuildStore({
  moveAside,
  openStore,
  ...parameters
}: RebuildStoreParameters): Promise<RebuildSummary> {
  const movedAside = await moveAside();
  const store = await openStore();
  const summary = await importDatasets({ store, ...parameters });
  return { ...summary, movedAside };
}
