// src/analytics/tvlContext.ts
import { buildProtocolIndex } from "./protocolIdentity.js";
import { tvlUniverse } from "./tvlUniverse.js";
async function loadTvlContext(store, asOf = null) {
  const [keys, snapshots] = await Promise.all([store.tvlKeys(), store.protocolSnapshots(null)]);
  const latestOf = (list) => {
    const day = list.reduce((d, s) => d === null || s.day > d ? s.day : d, null);
    return list.filter((s) => s.day === day);
  };
  const newest = latestOf(snapshots);
  const index = buildProtocolIndex(
    newest.map((s) => ({ slug: s.slug, name: s.name, category: s.category, tvlUsd: s.tvlUsd })),
    keys
  );
  const snapshot = asOf === null ? newest : latestOf(snapshots.filter((s) => s.day <= asOf));
  return { store, index, universe: tvlUniverse(index, keys), snapshot };
}
export {
  loadTvlContext
};
