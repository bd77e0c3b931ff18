import { existsSync } from 'node:fs';
import { loadSystems, type SystemsView } from './analytics/l2Systems.ts';
import { loadSustainabilityData, type SustainabilityData } from './analytics/sustainabilityData.ts';
import { loadTvlContext, type TvlContext } from './analytics/tvlContext.ts';
import type { Config } from './core/config.ts';
import type { Day } from './core/day.ts';
import { DEFILLAMA_SOURCE } from './ingest/defillama/defillamaDataset.ts';
import { type DefillamaScope, ingestDefillama } from './ingest/defillama/ingestDefillama.ts';
import { type ImportEvent, type ImportSummary, importDatasets } from './ingest/importDatasets.ts';
import type { IngestSettings } from './ingest/ingestSettings.ts';
import { ingestL2beat } from './ingest/l2beat/ingestL2beat.ts';
import { L2BEAT_SOURCE } from './ingest/l2beat/summaryUnit.ts';
import type { IngestSummary } from './ingest/runIngest.ts';
import { buildReport } from './report/buildReport.ts';
import type { Report } from './report/report.ts';
import { createDefillamaClients } from './sources/defillama/defillamaClients.ts';
import { DATASETS } from './sources/files/datasets.ts';
import { readRegistry } from './sources/files/readRegistry.ts';
import { readRestakingNetwork } from './sources/files/readRestakingNetwork.ts';
import { createL2beatClient } from './sources/l2beat/l2beatClient.ts';
import { createDuckDbStore } from './store/duckdb/duckdbStore.ts';
import { type QueryResult, readOnlyQuery } from './store/duckdb/readOnlyQuery.ts';
import type { Store } from './store/store.ts';

/** Faultline's services, wired from one config. The only place that knows the concrete store. */
export type App = {
  config: Config;
  /** Imports every changed dataset from the data folder. */
  importData(onEvent?: (e: ImportEvent) => void): Promise<ImportSummary>;
  /** True when the data folder exists (a store can still be reported on without it). */
  hasDataDir(): boolean;
  /** True when at least one dataset has been imported or one live unit ingested. */
  hasData(): Promise<boolean>;
  report(asOf: Day | null): Promise<Report>;
  /** Identities and TVL classes over the store, for the TVL analytics (data up to `asOf`). */
  tvl(asOf?: Day | null): Promise<TvlContext>;
  query(sql: string): Promise<QueryResult>;
  /** Every L2 and Bitcoin layer of the registry, assessed and valued from the store. */
  systems(): Promise<SystemsView>;
  /** What the sustainability scores read: the store's histories, the registry, the known incidents. */
  sustainability(): Promise<SustainabilityData>;
  /** Brings live DefiLlama data into the store (`faultline ingest defillama`). */
  ingestDefillama(scope: DefillamaScope, settings: IngestSettings): Promise<IngestSummary>;
  /** Brings L2BEAT's live scaling summary into the store (`faultline ingest l2beat`). */
  ingestL2beat(settings: IngestSettings): Promise<IngestSummary>;
  /** The store, for commands that read what no service wraps (quality flags). */
  store(): Promise<Store>;
  close(): void;
};

/** Opens the store named by the config (creating and migrating it) and returns the services. */
export async function createApp(config: Config): Promise<App> {
  let store: Store | undefined;
  const open = async () => {
    if (!store) {
      store = await createDuckDbStore(config.dbPath);
      await store.migrate();
    }
    return store;
  };
  return {
    config,
    hasDataDir: () => existsSync(config.dataDir),
    importData: async (onEvent) =>
      importDatasets({
        store: await open(),
        dataDir: config.dataDir,
        datasets: DATASETS,
        ...(onEvent ? { onEvent } : {}),
      }),
    hasData: async () => {
      const s = await open();
      if ((await s.datasetImports()).length > 0) return true;
      for (const source of [DEFILLAMA_SOURCE, L2BEAT_SOURCE])
        if ((await s.ingestCheckpoints(source)).size > 0) return true;
      return false;
    },
    report: async (asOf) =>
      buildReport({
        store: await open(),
        datasets: DATASETS,
        asOf,
        registry: readRegistry(config.registryDir),
        restaking: { file: config.restakingFile, input: readRestakingNetwork(config.restakingFile) },
        incidentsFile: config.incidentsFile,
      }),
    systems: async () => loadSystems(await open(), readRegistry(config.registryDir)),
    sustainability: async () => {
      const store = await open();
      return loadSustainabilityData(
        await loadTvlContext(store, null),
        await loadSystems(store, readRegistry(config.registryDir)),
        { incidentsFile: config.incidentsFile },
      );
    },
    tvl: async (asOf = null) => loadTvlContext(await open(), asOf),
    query: async (sql) => {
      store?.close();
      store = undefined;
      return readOnlyQuery(config.dbPath, sql);
    },
    ingestDefillama: async (scope, settings) =>
      ingestDefillama(
        await open(),
        createDefillamaClients(
          { apiUrl: config.urls.defillamaApi, coinsUrl: config.urls.defillamaCoins },
          settings.http,
        ),
        scope,
        settings,
      ),
    ingestL2beat: async (settings) =>
      ingestL2beat(await open(), createL2beatClient(config.urls.l2beatApi, settings.http), settings),
    store: open,
    close: () => store?.close(),
  };
}
