import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SystemsView } from '../analytics/l2Systems.ts';
import type { SustainabilityData } from '../analytics/sustainabilityData.ts';
import { loadTvlContext, type TvlContext } from '../analytics/tvlContext.ts';
import type { Config } from '../core/config.ts';
import type { Day } from '../core/day.ts';
import { DEFILLAMA_SOURCE } from '../ingest/defillama/defillamaDataset.ts';
import type { DefillamaScope } from '../ingest/defillama/ingestDefillama.ts';
import type { YieldsScope } from '../ingest/defillama/ingestDefillamaYields.ts';
import { fileHashMemo } from '../ingest/fileHashMemo.ts';
import { type ImportEvent, type ImportSummary, importDatasets } from '../ingest/importDatasets.ts';
import type { IngestSettings } from '../ingest/ingestSettings.ts';
import { L2BEAT_SOURCE } from '../ingest/l2beat/summaryUnit.ts';
import type { IngestSummary } from '../ingest/runIngest.ts';
import type { SystemFacts } from '../model/system.ts';
import { DATASETS } from '../sources/files/datasets.ts';
import { readRegistry } from '../sources/files/readRegistry.ts';
import type { QueryResult } from '../store/duckdb/readOnlyQuery.ts';
import type { Store } from '../store/store.ts';
import type { StoreAccess } from '../store/storeAccess.ts';
import { type DatasetStatus, datasetStatuses } from './datasetStatuses.ts';
import { createMemo, type MemoStats } from './memo.ts';

/**
 * Faultline's services over one store, wired from one config: the only composition root. The CLI,
 * the API, the report, `watch` and the benches all go through it; the use cases in `src/app/` read
 * the store through it, with what they share cached per store generation.
 */
export type App = {
  config: Config;
  /** The store the answers read. For the use cases in `src/app/` only. */
  store(): Promise<Store>;
  /** Memoises `make` under `key` until the store changes, within the memo's byte ceiling (least recently used out). */
  cached<T>(key: string, make: () => Promise<T>): Promise<T>;
  /** What the memo holds now (bytes, entries) against its ceiling. */
  memoStats(): MemoStats;
  /** Identities and TVL classes over the store, for data up to `asOf`. */
  tvl(asOf?: Day | null): Promise<TvlContext>;
  /** The registry's systems with their facts as of `asOf` (the latest when null), assessed and valued from the store. */
  systems(asOf?: Day | null): Promise<SystemsView>;
  /** What the sustainability scores read: the store's histories, the registry, the known incidents. */
  sustainability(): Promise<SustainabilityData>;
  /** Every dataset of the data folder: imported or not, the days it covers, its caveats. */
  datasets(): Promise<DatasetStatus[]>;
  /** The registry of L2s and Bitcoin layers (shipped with Faultline or `--registry`). */
  registry(): readonly SystemFacts[];
  /** True when the data folder exists (a store can still be read without it). */
  hasDataDir(): boolean;
  /** True when at least one dataset has been imported or one live unit ingested. */
  hasData(): Promise<boolean>;
  /** Imports every changed dataset from the data folder. */
  importData(onEvent?: (e: ImportEvent) => void): Promise<ImportSummary>;
  /** Brings live DefiLlama data into the store (`faultline ingest defillama`). */
  ingestDefillama(scope: DefillamaScope, settings: IngestSettings): Promise<IngestSummary>;
  /** Brings live DefiLlama Yields pools and pool histories into the store (`faultline ingest defillama --yields`). */
  ingestDefillamaYields(scope: YieldsScope, settings: IngestSettings): Promise<IngestSummary>;
  /** Brings L2BEAT's live scaling summary into the store (`faultline ingest l2beat`). */
  ingestL2beat(settings: IngestSettings): Promise<IngestSummary>;
  /** Read-only SQL over the store file. */
  query(sql: string): Promise<QueryResult>;
  close(): Promise<void>;
};

/** The data files' hashes remembered beside the store, so an unchanged data folder is not read whole at every command. */
const HASHES_FILE = '.faultline-hashes.json';

export type CreateAppParameters = {
  config: Config;
  store: StoreAccess;
  /** The memo's ceiling (bytes of heap, approximate); default `MEMO_BYTES`. */
  memoBytes?: number;
};

/**
 * Wires the services over a store access (the file for the CLI, a snapshot for the server).
 * @example const app = createApp({ config, store: openStoreFile(config.dbPath) });
 */
export function createApp({ config, store: access, memoBytes }: CreateAppParameters): App {
  const memo = createMemo(access.generation, memoBytes === undefined ? {} : { maxBytes: memoBytes });
  let registry: readonly SystemFacts[] | undefined;
  const app: App = {
    config,
    store: () => access.read(),
    cached: memo,
    memoStats: () => memo.stats(),
    tvl: (asOf = null) =>
      memo(`tvl:${asOf ?? ''}`, async () => {
        if (asOf === null) return loadTvlContext(await access.read(), null);
        // Identities and classes come from the newest snapshot whatever the day (loadTvlContext), so a
        // dated context shares them with the undated one: per day only its own snapshot list is kept,
        // which the memo can measure (the index holds its maps in closures, out of a walk's sight).
        const [base, dated] = await Promise.all([app.tvl(null), loadTvlContext(await access.read(), asOf)]);
        return { ...dated, index: base.index, universe: base.universe };
      }),
    systems: (asOf = null) =>
      memo(`systems:${asOf ?? ''}`, async () => {
        const { loadSystems } = await import('../analytics/l2Systems.ts');
        return loadSystems(await access.read(), app.registry(), asOf);
      }),
    sustainability: () =>
      memo('sustainability', async () => {
        const { loadSustainabilityData } = await import('../analytics/sustainabilityData.ts');
        return loadSustainabilityData(await app.tvl(), app.registry(), {
          incidentsFile: config.incidentsFile,
        });
      }),
    datasets: () => memo('datasets', async () => datasetStatuses(await access.read(), DATASETS)),
    registry: () => {
      registry ??= readRegistry(config.registryDir);
      return registry;
    },
    hasDataDir: () => existsSync(config.dataDir),
    hasData: async () => {
      const s = await access.read();
      if ((await s.datasetImports()).length > 0) return true;
      for (const source of [DEFILLAMA_SOURCE, L2BEAT_SOURCE])
        if ((await s.ingestCheckpoints(source)).size > 0) return true;
      return false;
    },
    importData: async (onEvent) => {
      const hashes = fileHashMemo(join(dirname(config.dbPath), HASHES_FILE));
      const summary = await access.write((store) =>
        importDatasets({
          store,
          dataDir: config.dataDir,
          datasets: DATASETS,
          hash: hashes.hash,
          ...(onEvent ? { onEvent } : {}),
        }),
      );
      hashes.save();
      return summary;
    },
    ingestDefillama: async (scope, settings) => {
      const [{ ingestDefillama }, { createDefillamaClients }] = await Promise.all([
        import('../ingest/defillama/ingestDefillama.ts'),
        import('../sources/defillama/defillamaClients.ts'),
      ]);
      return access.write((store) =>
        ingestDefillama(
          store,
          createDefillamaClients(
            { apiUrl: config.urls.defillamaApi, coinsUrl: config.urls.defillamaCoins },
            settings.http,
          ),
          scope,
          settings,
        ),
      );
    },
    ingestDefillamaYields: async (scope, settings) => {
      const [{ ingestDefillamaYields }, { createDefillamaYieldsClient }] = await Promise.all([
        import('../ingest/defillama/ingestDefillamaYields.ts'),
        import('../sources/defillama/defillamaYieldsClient.ts'),
      ]);
      return access.write((store) =>
        ingestDefillamaYields(
          store,
          createDefillamaYieldsClient(config.urls.defillamaYields, settings.http),
          scope,
          settings,
        ),
      );
    },
    ingestL2beat: async (settings) => {
      const [{ ingestL2beat }, { createL2beatClient }] = await Promise.all([
        import('../ingest/l2beat/ingestL2beat.ts'),
        import('../sources/l2beat/l2beatClient.ts'),
      ]);
      return access.write((store) =>
        ingestL2beat(store, createL2beatClient(config.urls.l2beatApi, settings.http), settings),
      );
    },
    query: async (sql) => {
      await access.release();
      const { readOnlyQuery } = await import('../store/duckdb/readOnlyQuery.ts');
      return readOnlyQuery(config.dbPath, sql);
    },
    close: () => access.close(),
  };
  return app;
}
