// src/risk/l2/exposure.ts
var BUCKETS = [
  { key: "exitWindowNone", label: "exit window None (upgrades outpace exits)" },
  { key: "proofsAbsent", label: "no proof of state validity" },
  { key: "daOffchain", label: "data off the settlement chain" },
  { key: "federatedBridge", label: "bridge held by a federation, signer set or custodian" },
  { key: "singlePartySteal", label: "one party alone can steal" }
];
function valueWeightedExposure(systems) {
  const valued = systems.filter((s) => s.valueUsd !== null);
  const totalUsd = valued.reduce((sum, s) => sum + (s.valueUsd ?? 0), 0);
  const share = (usd) => totalUsd > 0 ? usd / totalUsd : 0;
  const has = (s, key) => key === "singlePartySteal" ? s.risk.steal.status === "parties" && s.risk.steal.parties === 1 : s.risk.flags[key] === true;
  const buckets = BUCKETS.map(({ key, label }) => {
    const hit = systems.filter((s) => has(s, key));
    const usd = hit.reduce((sum, s) => sum + (s.valueUsd ?? 0), 0);
    return {
      key,
      label,
      usd,
      share: share(usd),
      systems: hit.filter((s) => s.valueUsd !== null).map((s) => s.risk.id),
      unvalued: hit.filter((s) => s.valueUsd === null).map((s) => s.risk.id)
    };
  });
  const byDa = /* @__PURE__ */ new Map();
  for (const s of valued) {
    if (s.risk.flags.daOffchain === null) continue;
    const row = byDa.get(s.risk.daLayer) ?? { daLayer: s.risk.daLayer, usd: 0, share: 0, systems: [] };
    row.usd += s.valueUsd ?? 0;
    row.systems.push(s.risk.id);
    byDa.set(s.risk.daLayer, row);
  }
  const daLayers = [...byDa.values()].map((r) => ({ ...r, share: share(r.usd) })).sort((a, b) => b.usd - a.usd);
  return {
    totalUsd,
    valued: valued.length,
    unvalued: systems.filter((s) => s.valueUsd === null).map((s) => s.risk.id),
    buckets,
    daLayers,
    notDaDependent: systems.filter((s) => s.risk.flags.daOffchain === null).map((s) => s.risk.id)
  };
}
export {
  valueWeightedExposure
};
