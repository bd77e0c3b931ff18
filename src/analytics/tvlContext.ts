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
  /** The latest protocol-list snapshot (for names, categories and the newest figures). */
  snapshot: readonly ProtocolSnapshot[];
};

/** Reads identities and classes once; reuse the context for many questions. */
export async function loadTvlContext(store: Store, asOf: Day | null = null): Promise<TvlContext> {
  const [keys, snapshots] = await Promise.all([store.tvlKeys(), store.protocolSnapshots(asOf)]);
  const latestDay = snapshots.reduce<Day | null>((d, s) => (d === null || s.day > d ? s.day : d), null);
  const snapshot = snapshots.filter((s) => s.day === latestDay);
  const index = buildProtocolIndex(
    snapshot.map((s) => ({ slug: s.slug, name: s.name, category: s.category, tvlUsd: s.tvlUsd })),
    keys,
  );
  return { store, index, universe: tvlUniverse(index, keys), snapshot };
}
