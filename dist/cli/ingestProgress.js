// src/cli/ingestProgress.ts
import cliProgress from "cli-progress";
function createIngestProgress(stream = process.stderr) {
  let points = 0;
  if (!stream.isTTY) {
    return {
      onEvent(e) {
        if (e.type === "plan") {
          stream.write(
            `${e.source}: ${e.total} unit(s) to fetch${e.skipped ? `, ${e.skipped} already done for this day` : ""}
`
          );
          return;
        }
        const at = `[${e.done}/${e.total}] ${e.unit}`;
        if (e.type === "failed") stream.write(`${at}: FAILED ${e.error}
`);
        else {
          const o = e.outcome;
          const flagged = o.excluded + o.warnings > 0 ? `, ${o.excluded} excluded, ${o.warnings} warning(s)` : "";
          stream.write(`${at}: ${o.status}, ${o.newPoints.toLocaleString("en-US")} new point(s)${flagged}
`);
        }
      },
      onRetry(url, delayMs, reason) {
        stream.write(`  retry in ${delayMs} ms: ${url}: ${reason}
`);
      },
      stop() {
      }
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "{source} [{bar}] {value}/{total} units | {rate} units/s | ETA {eta}s | {points} new points | {failed} failed",
      hideCursor: true,
      clearOnComplete: false
    },
    cliProgress.Presets.shades_classic
  );
  let started = 0;
  let failed = 0;
  let running = false;
  return {
    onEvent(e) {
      if (e.type === "plan") {
        if (running) bar.stop();
        started = performance.now();
        points = 0;
        failed = 0;
        bar.start(e.total, 0, { source: e.source, rate: "0.0", points: "0", failed: 0 });
        running = true;
        return;
      }
      if (e.type === "failed") failed += 1;
      else points += e.outcome.newPoints;
      const rate = e.done / Math.max(1e-3, (performance.now() - started) / 1e3);
      bar.update(e.done, { rate: rate.toFixed(1), points: points.toLocaleString("en-US"), failed });
    },
    onRetry() {
    },
    stop() {
      if (running) bar.stop();
    }
  };
}
export {
  createIngestProgress
};
