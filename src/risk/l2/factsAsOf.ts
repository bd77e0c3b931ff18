import type { Day } from '../../core/day.ts';
import type { SystemFacts, SystemHistory } from '../../model/system.ts';

/**
 * A system's facts as of a day: the latest entry of its history whose day is on or before `day`, taken as
 * of that day; null when the history starts after it (the system is not known yet). With no day, the
 * latest entry, taken as of the day the history was reviewed.
 * @example factsAsOf(base, '2024-11-01')?.since === '2024-10-30'
 */
export function factsAsOf(system: SystemHistory, day: Day | null): SystemFacts | null {
  const at = day ?? system.history.reviewed;
  let found: SystemFacts | null = null;
  for (const entry of system.history.entries) {
    if (entry.from > at) break;
    found = entry.facts;
  }
  return found && { ...found, asOf: at };
}
