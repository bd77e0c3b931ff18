import type { Day } from '../core/day.ts';
import type { Store } from '../store/store.ts';
import type { IngestUnit, UnitOutcome } from './ingestUnit.ts';

/** Progress of an ingest run, one event per unit. */
export type IngestEvent =
  | { type: 'plan'; source: string; total: number; skipped: number }
  | { type: 'unit'; source: string; unit: string; done: number; total: number; outcome: UnitOutcome }
  | { type: 'failed'; source: string; unit: string; done: number; total: number; error: string };

/** What a run did, for the summary. */
export type IngestSummary = {
  source: string;
  until: Day;
  units: number;
  /** Units already finished for this `until` day by an earlier (perhaps interrupted) run. */
  skipped: number;
  written: number;
  unchanged: number;
  notModified: number;
  bytes: number;
  newPoints: number;
  excluded: number;
  warnings: number;
  failed: { unit: string; error: string }[];
  durationMs: number;
};

export type RunIngestOptions = {
  store: Store;
  source: string;
  units: readonly IngestUnit[];
  until: Day;
  since: Day | null;
  staleDays: number;
  /** Units fetched at once (each holds one response in memory). */
  concurrency: number;
  /** Fetch units again even when an earlier run finished them for this `until` day. */
  refresh: boolean;
  /** Memory the store's engine may keep meanwhile (MiB): the run's memory stays flat as data grows. */
  storeMemoryMib: number;
  onEvent?: (e: IngestEvent) => void;
};

/**
 * Runs units of work: fetches overlap (up to `concurrency`), store reads are serialised, each unit
 * commits in its own transaction with its checkpoint (the store may overlap commits of different units). A unit finished for this `until` day is skipped,
 * so a killed run resumes where it stopped; a failed unit is recorded and retried on the next run.
 */
export async function runIngest(o: RunIngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: (store: Store) => Promise<T>): Promise<T> => {
    const next = lock.then(() => work(o.store));
    lock = next.catch(() => undefined);
    return next;
  };
  await exclusive((s) => s.limitMemory(o.storeMemoryMib));
  const checkpoints = await exclusive((s) => s.ingestCheckpoints(o.source));
  const todo = o.units.filter((u) => o.refresh || checkpoints.get(u.id)?.targetDay !== o.until);
  const summary: IngestSummary = {
    source: o.source,
    until: o.until,
    units: o.units.length,
    skipped: o.units.length - todo.length,
    written: 0,
    unchanged: 0,
    notModified: 0,
    bytes: 0,
    newPoints: 0,
    excluded: 0,
    warnings: 0,
    failed: [],
    durationMs: 0,
  };
  o.onEvent?.({ type: 'plan', source: o.source, total: todo.length, skipped: summary.skipped });
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let unit = todo[next++]; unit; unit = todo[next++]) {
      try {
        const outcome = await unit.run({
          exclusive,
          commit: (c) => o.store.commitUnit(c),
          checkpoint: checkpoints.get(unit.id),
          until: o.until,
          since: o.since,
          staleDays: o.staleDays,
        });
        done += 1;
        if (outcome.status === 'written') summary.written += 1;
        else if (outcome.status === 'unchanged') summary.unchanged += 1;
        else summary.notModified += 1;
        summary.bytes += outcome.bytes;
        summary.newPoints += outcome.newPoints;
        summary.excluded += outcome.excluded;
        summary.warnings += outcome.warnings;
        o.onEvent?.({ type: 'unit', source: o.source, unit: unit.id, done, total: todo.length, outcome });
      } catch (err) {
        done += 1;
        const error = err instanceof Error ? err.message : String(err);
        summary.failed.push({ unit: unit.id, error });
        await exclusive((s) => s.recordUnitFailure(o.source, unit.id, o.until, error));
        o.onEvent?.({ type: 'failed', source: o.source, unit: unit.id, done, total: todo.length, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, worker));
  summary.failed.sort((a, b) => (a.unit < b.unit ? -1 : 1));
  summary.durationMs = performance.now() - started;
  return summary;
}
