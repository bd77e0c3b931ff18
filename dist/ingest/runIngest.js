// src/ingest/runIngest.ts
async function runIngest(o) {
  const started = performance.now();
  let lock = Promise.resolve();
  const exclusive = (work) => {
    const next2 = lock.then(() => work(o.store));
    lock = next2.catch(() => void 0);
    return next2;
  };
  await exclusive((s) => s.limitMemory(o.storeMemoryMib));
  const checkpoints = await exclusive((s) => s.ingestCheckpoints(o.source));
  const todo = o.units.filter((u) => o.refresh || checkpoints.get(u.id)?.targetDay !== o.until);
  const summary = {
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
    durationMs: 0
  };
  o.onEvent?.({ type: "plan", source: o.source, total: todo.length, skipped: summary.skipped });
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
          staleDays: o.staleDays
        });
        done += 1;
        if (outcome.status === "written") summary.written += 1;
        else if (outcome.status === "unchanged") summary.unchanged += 1;
        else summary.notModified += 1;
        summary.bytes += outcome.bytes;
        summary.newPoints += outcome.newPoints;
        summary.excluded += outcome.excluded;
        summary.warnings += outcome.warnings;
        o.onEvent?.({ type: "unit", source: o.source, unit: unit.id, done, total: todo.length, outcome });
      } catch (err) {
        done += 1;
        const error = err instanceof Error ? err.message : String(err);
        summary.failed.push({ unit: unit.id, error });
        await exclusive((s) => s.recordUnitFailure(o.source, unit.id, o.until, error));
        o.onEvent?.({ type: "failed", source: o.source, unit: unit.id, done, total: todo.length, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, worker));
  summary.failed.sort((a, b) => a.unit < b.unit ? -1 : 1);
  summary.durationMs = performance.now() - started;
  return summary;
}
export {
  runIngest
};
