// src/analytics/chainSeries.ts
import { chainInfo, normaliseChain } from "../model/normaliseChain.js";
import { DEFAULT_TOGGLES } from "../model/tvlMethodology.js";
import { tvlSeries } from "./tvlSeries.js";
async function chainSeries(ctx, chain, asOf) {
  const id = normaliseChain(chain);
  const published = (await ctx.store.chainDailyTvl(id)).filter((p) => asOf === null || p.day <= asOf);
  if (published.length > 0) {
    return {
      chain: id,
      label: chainInfo(id).name,
      source: `DefiLlama published chain total (${published[0]?.dataset})`,
      points: published.map((p) => ({ day: p.day, value: p.value }))
    };
  }
  const series = await tvlSeries(ctx, {
    subject: { kind: "chain", chain },
    toggles: DEFAULT_TOGGLES,
    denominate: "usd",
    from: null,
    to: asOf
  });
  return {
    chain: id,
    label: series.subject.label,
    source: "sum of stored protocols, DefiLlama default rule",
    points: series.points.map((p) => ({ day: p.day, value: p.usd }))
  };
}
export {
  chainSeries
};
