import type { Day } from '../../core/day.ts';
import type { CliffResponse } from '../../risk/yield/measureCliff.ts';

/** How many measurements a cache keeps (one per state of the cliff facts and `asOf`). */
const ENTRIES = 8;

/**
 * The measured incentive cliff of a state of the stored facts (their fingerprint) and an `asOf`: the
 * measurement reads every episode (~90k at DefiLlama scale), so a warm app measures once per state.
 */
export type YieldCache = {
  measured(key: string, measure: () => Promise<CliffMeasurement>): Promise<CliffMeasurement>;
};

/** The cliff measured over every episode and over sustained falls, and what it read. */
export type CliffMeasurement = {
  all: CliffResponse;
  sustained: CliffResponse;
  coverage: { episodes: number; sustained: number; firstDay: Day | null; lastDay: Day | null };
};

/** A small cache of cliff measurements, oldest dropped first; give one per store to the yield use cases. */
export function createYieldCache(): YieldCache {
  const entries = new Map<string, Promise<CliffMeasurement>>();
  return {
    measured(key, measure) {
      let found = entries.get(key);
      if (!found) {
        found = measure();
        entries.set(key, found);
        found.catch(() => entries.delete(key));
        if (entries.size > ENTRIES) entries.delete(entries.keys().next().value as string);
      }
      return found;
    },
  };
}
