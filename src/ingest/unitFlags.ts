import { addDays, type Day } from '../core/day.ts';
import type { IngestFlag } from '../store/store.ts';

/**
 * A unit whose source has no day newer than `staleDays` before `until` is stale: the upstream stopped
 * (ZeroLend's chains went quiet before it shut down). A warning on the unit, dated its newest day.
 */
export function staleFlag(
  dataset: string,
  unit: string,
  newestDay: Day | null,
  until: Day,
  staleDays: number,
): IngestFlag[] {
  if (newestDay === null || newestDay >= addDays(until, -staleDays)) return [];
  return [
    {
      dataset,
      unit,
      subject: unit,
      day: newestDay,
      kind: 'stale',
      excluded: false,
      usd: null,
      message: `no new day since ${newestDay} (over ${staleDays} days before ${until})`,
    },
  ];
}
