// src/analytics/l2Systems.ts
import { ROSETTE_SLICES } from "../model/l2-risk.js";
import { normaliseChain } from "../model/normaliseChain.js";
import { compareWithL2beat } from "../risk/l2/compareL2beat.js";
import { valueWeightedExposure } from "../risk/l2/exposure.js";
import { assessSystem, latencyText } from "../risk/l2/systemRisk.js";
import { lastClose, latestStaked } from "./latestFigures.js";
async function loadSystems(store, registry) {
  const [profiles, layers, staking, prices] = await Promise.all([
    store.l2RiskProfiles(),
    store.btcLayerProfiles(),
    store.btcStakingMonthly(null),
    store.dailyPrices("BTC")
  ]);
  const btcPrice = lastClose(prices);
  const toUsd = (btc) => btcPrice ? btc * btcPrice.usd : null;
  const systems = registry.map((facts) => {
    const risk = assessSystem(facts);
    const published = profiles.find((p) => p.project === facts.l2beatId) ?? null;
    const layer = layers.find((l) => l.slug === facts.bitcoinlayersSlug) ?? null;
    let value = null;
    let valueNote = null;
    if (published) {
      value = { usd: published.tvs.totalUsd, btc: null, source: "L2BEAT TVS", asOf: published.asOf };
    } else if (facts.btcStakingProtocol) {
      const staked = latestStaked(staking, facts.btcStakingProtocol);
      if (staked) {
        const source = `${facts.btcStakingProtocol} staked BTC (btc-staking)`;
        value = { usd: staked.usd, btc: staked.btc, source, asOf: staked.month };
      } else valueNote = `no ${facts.btcStakingProtocol} rows in the btc-staking dataset`;
    } else if (layer && layer.btcLocked !== null && layer.btcLocked > 0) {
      const source = `bitcoinlayers.org BTC locked${btcPrice ? ` \xD7 BTC/USD of ${btcPrice.day}` : ""}`;
      value = { usd: toUsd(layer.btcLocked), btc: layer.btcLocked, source, asOf: facts.asOf.slice(0, 7) };
    } else if (layer) {
      valueNote = "bitcoinlayers.org gives no BTC figure (0 or not tracked)";
    } else {
      valueNote = facts.l2beatId ? `no stored L2BEAT profile for "${facts.l2beatId}" (import l2beat data)` : "no value source for this system";
    }
    return {
      ...risk,
      facts,
      value,
      valueNote,
      l2beat: published && risk.l2 ? { published, disagreements: compareWithL2beat(risk.l2, published) } : null,
      bitcoinlayers: layer
    };
  });
  return { systems, btcPrice };
}
function systemsExposure(systems) {
  return valueWeightedExposure(systems.map((v) => ({ risk: v, valueUsd: v.value?.usd ?? null })));
}
function findSystem(systems, query) {
  const q = query.trim().toLowerCase();
  const chain = normaliseChain(query);
  return systems.find(
    (s) => s.facts.id === q || s.facts.chain === chain || s.facts.name.toLowerCase() === q || s.facts.l2beatId === q || s.facts.bitcoinlayersSlug === q
  ) ?? null;
}
function systemSummary(v) {
  const published = v.l2beat?.published ?? null;
  return {
    id: v.id,
    name: v.name,
    kind: v.kind,
    type: v.type,
    stack: v.facts.stack,
    daLayer: v.daLayer,
    asOf: v.facts.asOf,
    stage: v.l2 ? v.l2.stage ?? "no stage" : null,
    l2beatStage: published?.stage ?? null,
    rosette: v.l2 ? v.l2.rosette.map((r, i) => {
      const key = ROSETTE_SLICES[i]?.[0];
      return { ...r, l2beat: published && key ? published.rosette[key] : null };
    }) : null,
    exitWindow: v.l2?.exitWindow ?? null,
    steal: v.steal,
    freeze: v.freeze,
    censor: v.censor,
    exitLatency: { ...v.exitLatency, text: latencyText(v.exitLatency) },
    custody: v.custody,
    bitcoinlayers: v.bitcoinlayers ? {
      custody: v.bitcoinlayers.custody,
      dataAvailability: v.bitcoinlayers.dataAvailability,
      operators: v.bitcoinlayers.operators,
      finality: v.bitcoinlayers.finality
    } : null,
    value: v.value,
    valueNote: v.valueNote,
    disagreements: v.l2beat?.disagreements ?? []
  };
}
export {
  findSystem,
  loadSystems,
  systemSummary,
  systemsExposure
};
