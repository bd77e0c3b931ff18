import { ConfigError } from '../../core/errors.ts';
import type { ChainId } from '../../model/chain.ts';
import { chainInfo } from '../../model/normaliseChain.ts';
import type { DefillamaClients } from '../../sources/defillama/defillamaClients.ts';
import { getFeesOverview } from '../../sources/defillama/getFeesOverview.ts';
import type { Store } from '../../store/store.ts';
import type { IngestSettings } from '../ingestSettings.ts';
import type { IngestUnit } from '../ingestUnit.ts';
import { mergeSummaries } from '../mergeSummaries.ts';
import { type IngestSummary, runIngest } from '../runIngest.ts';
import { chainUnit } from './chainUnit.ts';
import { DEFILLAMA_SOURCE } from './defillamaDataset.ts';
import { feesUnit } from './feesUnit.ts';
import { PRICED_ASSETS, pricesUnit } from './pricesUnit.ts';
import { protocolsUnit } from './protocolsUnit.ts';
import { protocolUnit } from './protocolUnit.ts';

/** What `faultline ingest defillama` brings in. */
export type DefillamaScope = {
  /** Protocol slugs; null = every protocol with stored history (or every listed one with `all`). */
  protocols: readonly string[] | null;
  all: boolean;
  /** Chains (DefiLlama names) whose published totals to fetch; null = those already stored. */
  chains: readonly string[] | null;
  fees: boolean;
  prices: boolean;
};

/**
 * Plans and runs a DefiLlama ingest: first the protocol list (identities, categories, a TVL snapshot),
 * then one unit per protocol history, chain total, price series and (with `fees`) fees summary.
 */
export async function ingestDefillama(
  store: Store,
  clients: DefillamaClients,
  scope: DefillamaScope,
  settings: IngestSettings,
): Promise<IngestSummary> {
  const run = (units: IngestUnit[]) => runIngest({ store, source: DEFILLAMA_SOURCE, units, ...settings });
  let listed: string[] | null = null;
  const first = await run([
    protocolsUnit(clients.api, (list) => {
      listed = list.map((p) => p.slug);
    }),
  ]);
  const slugs = await chooseProtocols(store, scope, listed, settings.until);
  const chains =
    scope.chains ??
    [...(await store.lastDays('chain_tvl_daily', 'chain')).keys()].map((id) => chainInfo(id as ChainId).name);
  const stored = new Set(await store.tvlKeys());
  const units: IngestUnit[] = [
    ...slugs.map((slug) => protocolUnit(clients.api, slug, stored.has(slug))),
    ...chains.map((chain) => chainUnit(clients.api, chain)),
    ...(scope.prices
      ? (Object.keys(PRICED_ASSETS) as (keyof typeof PRICED_ASSETS)[]).map((a) =>
          pricesUnit(clients.coins, a),
        )
      : []),
  ];
  const planningFailures: IngestSummary['failed'] = [];
  if (scope.fees) {
    try {
      const overview = await getFeesOverview(clients.api, 'dailyFees');
      const withFees = new Set(overview.status === 'ok' ? overview.data.protocols.map((p) => p.slug) : []);
      units.push(...slugs.filter((s) => withFees.has(s)).map((slug) => feesUnit(clients.api, slug)));
    } catch (err) {
      planningFailures.push({ unit: 'fees-overview', error: (err as Error).message });
    }
  }
  const second = await run(units);
  const summary = mergeSummaries([first, second]);
  return { ...summary, failed: [...planningFailures, ...summary.failed] };
}

async function chooseProtocols(
  store: Store,
  scope: DefillamaScope,
  listed: string[] | null,
  until: string,
): Promise<string[]> {
  if (scope.protocols) return [...scope.protocols];
  if (scope.all) {
    if (listed) return listed;
    const snapshot = (await store.protocolSnapshots(null)).filter((s) => s.day === until && s.slug);
    if (snapshot.length > 0) return snapshot.map((s) => s.slug);
    throw new ConfigError(
      '--all needs the protocol list, and it could not be fetched (see the failure above)',
    );
  }
  const tracked = await store.tvlKeys();
  if (tracked.length === 0) {
    throw new ConfigError('no protocol is tracked yet: name some with --protocols slug,... or use --all');
  }
  return tracked;
}
