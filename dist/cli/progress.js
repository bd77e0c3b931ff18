// src/cli/progress.ts
import cliProgress from "cli-progress";
function createImportProgress(stream = process.stderr, quiet = false) {
  if (!stream.isTTY) {
    return {
      onEvent(e) {
        const at = `[${e.index}/${e.total}]`;
        if (e.type === "start") stream.write(`${at} importing ${e.dataset} (${e.title})
`);
        if (e.type === "done")
          stream.write(
            `${at} imported ${e.dataset}: ${e.rows.toLocaleString("en-US")} rows in ${Math.round(e.durationMs)} ms
`
          );
        if (e.type === "unchanged" && !quiet) stream.write(`${at} unchanged ${e.dataset}
`);
        if (e.type === "failed") stream.write(`${at} FAILED ${e.dataset}: ${e.error.message}
`);
      },
      stop() {
      }
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "import [{bar}] {value}/{total} datasets | {dataset} | {duration}s elapsed, ETA {eta}s",
      hideCursor: true,
      clearOnComplete: false
    },
    cliProgress.Presets.shades_classic
  );
  let started = false;
  const failures = [];
  return {
    onEvent(e) {
      if (quiet && e.type === "unchanged") return;
      if (!started) {
        bar.start(e.total, 0, { dataset: "" });
        started = true;
      }
      if (e.type === "start") bar.update(e.index - 1, { dataset: e.dataset });
      else bar.update(e.index, { dataset: e.type === "failed" ? `${e.dataset} FAILED` : e.dataset });
      if (e.type === "failed") failures.push(`FAILED ${e.dataset}: ${e.error.message}`);
    },
    stop() {
      if (started) bar.stop();
      for (const f of failures) stream.write(`${f}
`);
    }
  };
}
export {
  createImportProgress
};
