// src/app/datasetStatuses.ts
import { DEFILLAMA_DATASET } from "../ingest/defillama/defillamaDataset.js";
import { L2BEAT_DATASET } from "../ingest/l2beat/summaryUnit.js";
var LIVE_DATASETS = [
  {
    id: DEFILLAMA_DATASET,
    title: "DefiLlama API (live, `faultline ingest defillama`)",
    tables: [
      { table: "protocol_chain_tvl_daily", dayColumn: "day" },
      { table: "protocol_tvl_daily", dayColumn: "day" },
      { table: "chain_tvl_daily", dayColumn: "day" },
      { table: "protocol_snapshots", dayColumn: "day" },
      { table: "prices_daily", dayColumn: "day" },
      { table: "protocol_fees_daily", dayColumn: "day" }
    ],
    caveats: []
  },
  {
    id: L2BEAT_DATASET,
    title: "L2BEAT API (live, `faultline ingest l2beat`)",
    tables: [{ table: "l2_risk_profiles", dayColumn: "as_of" }],
    caveats: []
  }
];
async function datasetStatuses(store, datasets) {
  const imports = new Map((await store.datasetImports()).map((i) => [i.dataset, i]));
  const live = await Promise.all(
    LIVE_DATASETS.map(async (d) => {
      const range = await store.coverage(d.id, d.tables);
      return {
        dataset: d.id,
        title: d.title,
        kind: "live",
        status: range.rows > 0 ? "imported" : "not imported",
        firstDay: range.firstDay,
        lastDay: range.lastDay,
        rows: range.rows,
        importedAt: null,
        files: [],
        caveats: d.caveats
      };
    })
  );
  const files = await Promise.all(
    datasets.map(async (d) => {
      const imported = imports.get(d.id);
      const range = await store.coverage(d.id, d.tables);
      return {
        dataset: d.id,
        title: d.title,
        kind: "dataset",
        status: imported ? "imported" : "not imported",
        firstDay: range.firstDay,
        lastDay: range.lastDay,
        rows: range.rows,
        importedAt: imported?.importedAt ?? null,
        files: imported?.files ?? [],
        caveats: d.caveats
      };
    })
  );
  return [...files, ...live];
}
export {
  LIVE_DATASETS,
  datasetStatuses
};
