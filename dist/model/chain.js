// src/model/chain.ts
var ALL_CHAINS = "all";
export {
  ALL_CHAINS
};
