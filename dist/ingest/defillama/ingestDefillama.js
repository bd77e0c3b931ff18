// src/ingest/defillama/ingestDefillama.ts
import { ConfigError } from "../../core/errors.js";
import { chainInfo } from "../../model/normaliseChain.js";
import { getFeesOverview } from "../../sources/defillama/getFeesOverview.js";
import { mergeSummaries } from "../mergeSummaries.js";
import { runIngest } from "../runIngest.js";
import { chainUnit } from "./chainUnit.js";
import { DEFILLAMA_SOURCE } from "./defillamaDataset.js";
import { feesUnit } from "./feesUnit.js";
import { PRICED_ASSETS, pricesUnit } from "./pricesUnit.js";
import { protocolsUnit } from "./protocolsUnit.js";
import { protocolUnit } from "./protocolUnit.js";
async function ingestDefillama(store, clients, scope, settings) {
  const run = (units2) => runIngest({ store, source: DEFILLAMA_SOURCE, units: units2, ...settings });
  let listed = null;
  const first = await run([
    protocolsUnit(clients.api, (list) => {
      listed = list.map((p) => p.slug);
    })
  ]);
  const slugs = await chooseProtocols(store, scope, listed, settings.until);
  const chains = scope.chains ?? [...(await store.lastDays("chain_tvl_daily", "chain")).keys()].map((id) => chainInfo(id).name);
  const stored = new Set(await store.tvlKeys());
  const units = [
    ...slugs.map((slug) => protocolUnit(clients.api, slug, stored.has(slug))),
    ...chains.map((chain) => chainUnit(clients.api, chain)),
    ...scope.prices ? Object.keys(PRICED_ASSETS).map(
      (a) => pricesUnit(clients.coins, a)
    ) : []
  ];
  const planningFailures = [];
  if (scope.fees) {
    try {
      const overview = await getFeesOverview(clients.api, "dailyFees");
      const withFees = new Set(overview.status === "ok" ? overview.data.protocols.map((p) => p.slug) : []);
      units.push(...slugs.filter((s) => withFees.has(s)).map((slug) => feesUnit(clients.api, slug)));
    } catch (err) {
      planningFailures.push({ unit: "fees-overview", error: err.message });
    }
  }
  const second = await run(units);
  const summary = mergeSummaries([first, second]);
  return { ...summary, failed: [...planningFailures, ...summary.failed] };
}
async function chooseProtocols(store, scope, listed, until) {
  if (scope.protocols) return [...scope.protocols];
  if (scope.all) {
    if (listed) return listed;
    const snapshot = (await store.protocolSnapshots(null)).filter((s) => s.day === until && s.slug);
    if (snapshot.length > 0) return snapshot.map((s) => s.slug);
    throw new ConfigError(
      "--all needs the protocol list, and it could not be fetched (see the failure above)"
    );
  }
  const tracked = await store.tvlKeys();
  if (tracked.length === 0) {
    throw new ConfigError("no protocol is tracked yet: name some with --protocols slug,... or use --all");
  }
  return tracked;
}
export {
  ingestDefillama
};
