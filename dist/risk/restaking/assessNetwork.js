// src/risk/restaking/assessNetwork.ts
import { ConfigError } from "../../core/errors.js";
import { checkSecurity } from "./attackSearch.js";
import { worstCascade } from "./cascade.js";
import { eigenLayerGraphs } from "./eigenlayerGraph.js";
import { toGraph } from "./graph.js";
import {
  liquidityMismatch,
  networkStake
} from "./stakeMetrics.js";
import { sufficientCondition } from "./sufficientCondition.js";
function assessNetwork(highs, input, options = {}) {
  const budget = options.timeLimitSeconds ?? 20;
  const graphs = input.format === "eigenlayer" ? eigenLayerGraphs(input.network) : null;
  const network = input.format === "eigenlayer" ? graphs.slashable : input.network;
  const g = toGraph(network);
  const certificate = checkSecurity(highs, g, { timeLimitSeconds: budget });
  let cascade = null;
  if (options.shock !== void 0 || options.psi !== void 0) {
    const shock = options.shock ? { validators: shockIndices(g.validatorIds, options.shock) } : { psi: options.psi };
    cascade = worstCascade(highs, g, shock, certificate.gammaLowerBound, budget);
  }
  const stake = graphs ? networkStake(graphs.restaked, network) : networkStake(network);
  return {
    name: network.name,
    unit: network.unit,
    format: input.format,
    network,
    certificate,
    sufficientCondition: sufficientCondition(g),
    cascade,
    onPaper: graphs ? checkSecurity(highs, toGraph(graphs.restaked), { timeLimitSeconds: budget }) : null,
    stake,
    liquidity: input.format === "eigenlayer" ? liquidityMismatch(input.network.liquidTokens, input.network.withdrawalDelayDays) : [],
    conversion: graphs?.lines ?? [],
    assumptions: input.format === "eigenlayer" ? input.network.assumptions : input.assumptions,
    reported: input.format === "eigenlayer" ? input.network.operatorSets.map((s) => ({
      service: `${s.avs}:${s.set}`,
      restaked: s.reportedRestaked,
      stakers: s.stakers
    })) : []
  };
}
function shockIndices(ids, wanted) {
  const out = /* @__PURE__ */ new Set();
  for (const w of wanted) {
    const hits = ids.flatMap((id, i) => id === w || id.startsWith(`${w}@`) ? [i] : []);
    if (hits.length === 0)
      throw new ConfigError(`no validator or operator "${w}" in the network`, { field: "--shock" });
    for (const i of hits) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}
export {
  assessNetwork
};
