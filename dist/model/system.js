// src/model/system.ts
var SYSTEM_TYPES = [
  "optimistic-rollup",
  "zk-rollup",
  "validium",
  "optimium",
  "sidechain",
  "federated-sidechain",
  "merge-mined",
  "anchor",
  "bpos",
  "alt-rollup",
  "bitcoin-rollup"
];
var DA_LAYERS = [
  "ethereum",
  "bitcoin",
  "celestia",
  "eigenda",
  "dac",
  "own-validators",
  "permissioned-network"
];
var ONCHAIN_DA = /* @__PURE__ */ new Set(["ethereum", "bitcoin"]);
export {
  DA_LAYERS,
  ONCHAIN_DA,
  SYSTEM_TYPES
};
