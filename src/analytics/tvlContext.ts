import type { Day } from '../core/day.ts';
import type { ProtocolSnapshot } from '../model/tvl.ts';
import type { Store } from '../store/store.ts';
import { buildProtocolIndex, type ProtocolIndex } from './protocolIdentity.ts';
import { type TvlUniverse, tvlUniverse } from './tvlUniverse.ts';

/** What every TVL question needs: the store, who each protocol is, and how each key counts. */
export type TvlContext = {
  store: Store;
  index: ProtocolIndex;
  universe: TvlUniverse;
  /** The latest protocol-list snapshot up to `asOf`, for the newest figures. Names, categories and
   * parents come from the newest snapshot whatever `asOf` is: they describe who a protocol is, not
   * what it held. */
  snapshot: readonly ProtocolSnapshot[];
};

/** Reads identities and classes once; reuse the context for many questions about data up to `asOf`. */
export async function loadTvlContext(store: Store, asOf: Day | null = null): Promise<TvlContext> {
  const [keys, snapshots] = await Promise.all([store.tvlKeys(), store.protocolSnapshots(null)]);
  const latestOf = (list: readonly ProtocolSnapshot[]) => {
    const day = list.reduce<Day | null>((d, s) => (d === null || s.day > d ? s.day : d), null);
    return list.filter((s) => s.day === day);
  };
  const newest = latestOf(snapshots);
  const index = buildProtocolIndex(
    newest.map((s) => ({
      slug: s.slug,
      name: s.name,
      category: s.category,
      tvlUsd: s.tvlUsd,
      doublecounted: s.doublecounted,
      doublecountedSource: s.doublecountedSource,
    })),
    keys,
  );
  const snapshot = asOf === null ? newest : latestOf(snapshots.filter((s) => s.day <= asOf));
  return { store, index, universe: tvlUniverse(index, keys), snapshot };
}
