import type { Day } from '../../core/day.ts';
import { UsageError } from '../../core/errors.ts';
import { DATASETS } from '../../sources/files/datasets.ts';
import { YIELDS_LIVE_DATASET } from '../../store/duckdb/loads/yieldDaysSql.ts';
import type { Store } from '../../store/store.ts';
import type { DocumentSource } from '../document.ts';
import type { DatasetDocument } from './yieldSchemas.ts';

const KNOWN = new Map<string, { title: string; caveats: readonly string[] }>([
  ...DATASETS.map((d): [string, { title: string; caveats: readonly string[] }] => [d.id, d]),
  [YIELDS_LIVE_DATASET, { title: 'DefiLlama Yields API (live: /pools, /chart/{pool})', caveats: [] }],
]);

/** Where a yield document's figures came from: `sources` and `dataThrough` as every document has them, and each dataset's caveats and days. */
export type YieldProvenance = {
  sources: DocumentSource[];
  dataThrough: Record<string, Day>;
  datasets: DatasetDocument[];
};

/**
 * The pool-yield datasets a document read (all when `datasets` is not given), from the store's provenance:
 * each as a document source (a file dataset, or the live API), the last day of each (`dataThrough`), and
 * each one's title, caveats and days (`datasets`).
 */
export async function yieldSources(store: Store, datasets?: ReadonlySet<string>): Promise<YieldProvenance> {
  const coverage = (await store.yieldCoverage()).filter((c) => !datasets || datasets.has(c.dataset));
  const titleOf = (id: string) => KNOWN.get(id)?.title ?? id;
  return {
    sources: coverage.map((c) => ({
      id: c.dataset,
      title: titleOf(c.dataset),
      kind: c.dataset === YIELDS_LIVE_DATASET ? 'live' : 'dataset',
    })),
    dataThrough: Object.fromEntries(coverage.map((c) => [c.dataset, c.lastDay])),
    datasets: coverage.map((c) => ({
      dataset: c.dataset,
      title: titleOf(c.dataset),
      caveats: [...(KNOWN.get(c.dataset)?.caveats ?? [])],
      firstDay: c.firstDay,
      lastDay: c.lastDay,
    })),
  };
}

/**
 * Refuses an `asOf` after the newest stored pool yields: an answer "as of" a day nothing describes would
 * repeat the last known figures. The message names the newest day; no yields stored is not an error here.
 */
export async function checkYieldAsOf(store: Store, asOf: Day | null, field = 'asOf'): Promise<void> {
  if (asOf === null) return;
  const newest = (await store.yieldCoverage()).reduce<Day | null>(
    (m, c) => (m === null || c.lastDay > m ? c.lastDay : m),
    null,
  );
  if (newest !== null && asOf > newest)
    throw new UsageError(`${asOf} is after the newest stored pool yields (${newest})`, { field });
}
