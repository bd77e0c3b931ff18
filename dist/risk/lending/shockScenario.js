// src/risk/lending/shockScenario.ts
import { pegFollows } from "./pegFollows.js";
function shockScenario(name, shocks, assets, depegs = {}) {
  return {
    name,
    shocks,
    follows: pegFollows(assets, shocks),
    depegs,
    staleOracle: null,
    sequencer: null,
    pools: {},
    liquidityFactor: 1,
    liquidators: true
  };
}
export {
  shockScenario
};
