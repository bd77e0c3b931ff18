import type { Day } from '../../core/day.ts';
import { DATASETS } from '../../sources/files/datasets.ts';
import { YIELDS_LIVE_DATASET } from '../../store/duckdb/loads/yieldDaysSql.ts';
import type { Store } from '../../store/store.ts';
import type { SourceDocument } from './yieldSchemas.ts';

const KNOWN = new Map<string, { title: string; caveats: readonly string[] }>([
  ...DATASETS.map((d): [string, { title: string; caveats: readonly string[] }] => [d.id, d]),
  [YIELDS_LIVE_DATASET, { title: 'DefiLlama Yields API (live: /pools, /chart/{pool})', caveats: [] }],
]);

/**
 * The pool-yield datasets a document read: each one's title, caveats and days (`sources`), and the last day of
 * each (`dataThrough`), from the store's provenance.
 */
export async function yieldSources(
  store: Store,
  datasets?: ReadonlySet<string>,
): Promise<{ sources: SourceDocument[]; dataThrough: Record<string, Day> }> {
  const coverage = (await store.yieldCoverage()).filter((c) => !datasets || datasets.has(c.dataset));
  return {
    sources: coverage.map((c) => ({
      dataset: c.dataset,
      title: KNOWN.get(c.dataset)?.title ?? c.dataset,
      caveats: [...(KNOWN.get(c.dataset)?.caveats ?? [])],
      firstDay: c.firstDay,
      lastDay: c.lastDay,
    })),
    dataThrough: Object.fromEntries(coverage.map((c) => [c.dataset, c.lastDay])),
  };
}
