import type { YieldPoolEntry } from '../../sources/defillama/getYieldPools.ts';
import type { HttpClient } from '../../sources/http/httpClient.ts';
import type { Store } from '../../store/store.ts';
import { YIELDS_LIVE_DATASET } from '../../store/yieldStore.ts';
import type { IngestSettings } from '../ingestSettings.ts';
import { checkpointOf, type IngestUnit } from '../ingestUnit.ts';
import { mergeSummaries } from '../mergeSummaries.ts';
import { type IngestSummary, runIngest } from '../runIngest.ts';
import { DEFILLAMA_SOURCE } from './defillamaDataset.ts';
import { YIELD_CHART_UNIT_PREFIX, yieldChartUnit } from './yieldChartUnit.ts';
import { YIELD_POOLS_UNIT, yieldPoolsUnit } from './yieldPoolsUnit.ts';

/**
 * What `faultline ingest defillama --yields` brings in: always the `/pools` list (every pool on the run's
 * day); daily histories (`/chart/{pool}`) for the named pools and for every listed pool of the named
 * projects (DefiLlama project slugs, e.g. `aerodrome-slipstream`). `projects: null` names the projects
 * whose pool histories the store already holds (a file's or an earlier run's), as `--protocols` does.
 */
export type YieldsScope = { projects: readonly string[] | null; pools: readonly string[] };

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
  const chosen = scope.projects ?? (await storedHistoryProjects(store));
  const projects = new Set(chosen);
  // The list as the newest /pools run stored it when the pools unit had nothing new this run (done
  // earlier today, or a 304 on a later day: the list then stands as of the day it was stored).
  const listedOn = async () =>
    (await store.ingestCheckpoints(DEFILLAMA_SOURCE)).get(YIELD_POOLS_UNIT)?.newestDay ?? settings.until;
  const ofProjects =
    listed.length > 0
      ? listed.filter((p) => projects.has(p.project)).map((p) => p.pool)
      : chosen.length === 0
        ? []
        : (await store.poolYieldsOn(await listedOn(), { kind: 'projects', projects: chosen }))
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

/**
 * The projects (DefiLlama slugs) whose pool histories the store holds: a pool charted by an earlier run
 * (its chart unit has a checkpoint) or with more than one day in a file dataset. The days `/pools` stores
 * once a run are not a history: counting them would chart every listed pool after two runs.
 */
async function storedHistoryProjects(store: Store): Promise<string[]> {
  const charted = new Set(
    [...(await store.ingestCheckpoints(DEFILLAMA_SOURCE)).keys()].flatMap((unit) =>
      unit.startsWith(YIELD_CHART_UNIT_PREFIX) ? [unit.slice(YIELD_CHART_UNIT_PREFIX.length)] : [],
    ),
  );
  const spans = await store.yieldPoolSpans({ kind: 'all' });
  const histories = spans.filter(
    (s) => charted.has(s.pool) || (s.dataset !== YIELDS_LIVE_DATASET && s.days > 1),
  );
  return [...new Set(histories.map((s) => s.project))].sort();
}
