// src/app/createApp.ts
import { existsSync } from "node:fs";
import { loadSystems } from "../analytics/l2Systems.js";
import { loadSustainabilityData } from "../analytics/sustainabilityData.js";
import { loadTvlContext } from "../analytics/tvlContext.js";
import { DEFILLAMA_SOURCE } from "../ingest/defillama/defillamaDataset.js";
import { ingestDefillama } from "../ingest/defillama/ingestDefillama.js";
import { importDatasets } from "../ingest/importDatasets.js";
import { ingestL2beat } from "../ingest/l2beat/ingestL2beat.js";
import { L2BEAT_SOURCE } from "../ingest/l2beat/summaryUnit.js";
import { createDefillamaClients } from "../sources/defillama/defillamaClients.js";
import { DATASETS } from "../sources/files/datasets.js";
import { readRegistry } from "../sources/files/readRegistry.js";
import { createL2beatClient } from "../sources/l2beat/l2beatClient.js";
import { readOnlyQuery } from "../store/duckdb/readOnlyQuery.js";
import { datasetStatuses } from "./datasetStatuses.js";
import { createMemo } from "./memo.js";
function createApp({ config, store: access }) {
  const memo = createMemo(access.generation);
  let registry;
  const app = {
    config,
    store: () => access.read(),
    cached: memo,
    tvl: (asOf = null) => memo(`tvl:${asOf ?? ""}`, async () => loadTvlContext(await access.read(), asOf)),
    systems: (asOf = null) => memo(
      `systems:${asOf ?? ""}`,
      async () => loadSystems(
        await access.read(),
        app.registry().filter((f) => asOf === null || f.asOf <= asOf)
      )
    ),
    sustainability: () => memo(
      "sustainability",
      async () => loadSustainabilityData(await app.tvl(), await app.systems(), { incidentsFile: config.incidentsFile })
    ),
    datasets: () => memo("datasets", async () => datasetStatuses(await access.read(), DATASETS)),
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
    importData: (onEvent) => access.write(
      (store) => importDatasets({
        store,
        dataDir: config.dataDir,
        datasets: DATASETS,
        ...onEvent ? { onEvent } : {}
      })
    ),
    ingestDefillama: (scope, settings) => access.write(
      (store) => ingestDefillama(
        store,
        createDefillamaClients(
          { apiUrl: config.urls.defillamaApi, coinsUrl: config.urls.defillamaCoins },
          settings.http
        ),
        scope,
        settings
      )
    ),
    ingestL2beat: (settings) => access.write(
      (store) => ingestL2beat(store, createL2beatClient(config.urls.l2beatApi, settings.http), settings)
    ),
    query: async (sql) => {
      await access.release();
      return readOnlyQuery(config.dbPath, sql);
    },
    close: () => access.close()
  };
  return app;
}
export {
  createApp
};
