// src/alerts/metricLookup.ts
import { chainScoreAt, protocolScoreAt } from "../analytics/sustainabilityData.js";
import { watchlist } from "../analytics/watchlist.js";
import { ValidationError } from "../core/errors.js";
import { DEFAULT_WEIGHTS } from "../risk/sustainability/factors.js";
function metricLookup(data, asOf) {
  return async (rule) => {
    if (rule.metric === "watchlist.size")
      return { value: watchlist(data, asOf, DEFAULT_WEIGHTS).length, drivers: null };
    if (rule.metric === "chain.score") {
      try {
        const s2 = await chainScoreAt(data, rule.subject, asOf);
        return { value: s2.score, drivers: s2.drivers };
      } catch (err) {
        if (err instanceof ValidationError) return null;
        throw err;
      }
    }
    let id;
    try {
      id = data.tvl.index.resolve(rule.subject).id;
    } catch (err) {
      if (err instanceof ValidationError) return null;
      throw err;
    }
    const s = protocolScoreAt(data, id, asOf, DEFAULT_WEIGHTS);
    if (!s) return null;
    if (rule.metric === "protocol.score") return { value: s.score, drivers: s.drivers };
    const factor = s.factors.find((f) => `protocol.${f.id}` === rule.metric);
    return factor?.value === null || factor === void 0 ? null : { value: factor.value, drivers: s.drivers };
  };
}
export {
  metricLookup
};
