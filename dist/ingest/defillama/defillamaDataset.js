// src/ingest/defillama/defillamaDataset.ts
var DEFILLAMA_DATASET = "defillama/api";
var DEFILLAMA_SOURCE = "defillama";
export {
  DEFILLAMA_DATASET,
  DEFILLAMA_SOURCE
};
