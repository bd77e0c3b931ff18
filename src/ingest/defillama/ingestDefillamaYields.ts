import type { YieldPoolEntry } from '../../sources/defillama/getYieldPools.ts';
import type { HttpClient } from '../../sources/http/httpClient.ts';
import type { Store } from '../../store/store.ts';
import { YIELDS_LIVE_DATASET } from '../../store/yieldStore.ts';
import type { IngestSettings } from '../ingestSettings.ts';
import { checkpointOf, type IngestUnit } from '../ingestUnit.ts';
import { mergeSummaries } from '../mergeSummaries.ts';
import { type IngestSummary, runIngest } from '../runIngest.ts';
import { DEFILLAMA_SOURCE } from './defillamaDataset.ts';
import { yieldChartUnit } from './yieldChartUnit.ts';
import { yieldPoolsUnit } from './yieldPoolsUnit.ts';

/**
 * What `faultline ingest defillama --yields` brings in: always the `/pools` list (every pool on the run's
 * day); daily histories (`/chart/{pool}`) for the named pools and for every listed pool of the named
 * projects (DefiLlama project slugs, e.g. `aerodrome-slipstream`).
 */
export type YieldsScope = { projects: readonly string[]; pools: readonly string[] };

/** The unit that re-derives the cliff facts and pool spans once the run's pool-days are stored. */
const FACTS_UNIT = 'yields:facts';

function factsUnit(): IngestUnit {
  return {
    id: FACTS_UNIT,
    async run(ctx) {
      await ctx.commit({
        checkpoint: checkpointOf(DEFILLAMA_SOURCE, FACTS_UNIT, ctx),
        flags: [],
        write: (tx) => tx.deriveYieldFacts(),
      });
      return { status: 'written', bytes: 0, newPoints: 0, excluded: 0, warnings: 0 };
    },
  };
}

/**
 * Plans and runs a DefiLlama Yields ingest on the shared client base: the pool list, then the chosen
 * pools' histories (fetched side by side, each its own unit and transaction: a failed pool keeps what
 * it had and the others land), then the derived facts. Checkpoints, retries and 304s as every live unit.
 * @example await ingestDefillamaYields(store, createDefillamaYieldsClient(url, http), { projects: ['aerodrome-v1'], pools: [] }, settings)
 */
export async function ingestDefillamaYields(
  store: Store,
  client: HttpClient,
  scope: YieldsScope,
  settings: IngestSettings,
): Promise<IngestSummary> {
  const run = (units: IngestUnit[]) => runIngest({ store, source: DEFILLAMA_SOURCE, units, ...settings });
  let listed: YieldPoolEntry[] = [];
  const first = await run([
    yieldPoolsUnit(client, (pools) => {
      listed = pools;
    }),
  ]);
  const projects = new Set(scope.projects);
  // The list as stored by this run's day when the pools unit had nothing new (done earlier today, or 304).
  const ofProjects =
    listed.length > 0
      ? listed.filter((p) => projects.has(p.project)).map((p) => p.pool)
      : scope.projects.length === 0
        ? []
        : (await store.poolYieldsOn(settings.until, { kind: 'projects', projects: scope.projects }))
            .filter((p) => p.dataset === YIELDS_LIVE_DATASET)
            .map((p) => p.pool);
  const charted = new Set([...scope.pools, ...ofProjects]);
  const second = await run([...charted].sort().map((pool) => yieldChartUnit(client, pool)));
  // The facts span every pool: derived again after every run that wrote (or may have written) days.
  const third =
    first.written + second.written > 0 || second.failed.length > 0 || first.failed.length > 0
      ? await runIngest({ store, source: DEFILLAMA_SOURCE, units: [factsUnit()], ...settings, refresh: true })
      : await run([factsUnit()]);
  return mergeSummaries([first, second, third]);
}
