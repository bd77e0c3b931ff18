// `faultline report` on a warm store, as a user runs it (a fresh CLI process, nothing to import),
// median of RUNS: computed (`--fresh`) and read back from the answer kept beside the store (what a
// second run does when nothing changed); plus the in-process build and render time. `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createFileApp } from '../src/app/createFileApp.ts';
import { report } from '../src/app/report.ts';
import { reportYields, yieldReportQuestions } from '../src/app/reportYields.ts';
import { incentiveBacktest } from '../src/app/yield/incentiveBacktest.ts';
import {
  DEFAULT_INCIDENTS_FILE,
  DEFAULT_REGISTRY_DIR,
  DEFAULT_RESTAKING_FILE,
  DEFAULT_URLS,
} from '../src/core/config.ts';
import { renderViewsText } from '../src/report/render/renderViewsText.ts';
import { reportViews } from '../src/report/views/reportViews.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dataDir = resolve(process.env.FAULTLINE_DATA ?? join(import.meta.dirname, '../../shared/data'));
const dbPath = join(mkdtempSync(join(tmpdir(), 'faultline-bench-')), 'warm.duckdb');
const cli = join(import.meta.dirname, '../dist/cli/main.js');
const env = { ...process.env, FAULTLINE_DATA: dataDir, FAULTLINE_DB: dbPath };

const warmup = spawnSync(process.execPath, [cli, 'import'], { env, encoding: 'utf8' });
if (warmup.status !== 0) throw new Error(warmup.stderr);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const wall = (args: string[]) =>
  Array.from({ length: RUNS }, () => {
    const t = performance.now();
    const run = spawnSync(process.execPath, [cli, 'report', ...args], { env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return performance.now() - t;
  });
const computed = wall(['--fresh']);
const kept = wall([]);
const keptJson = wall(['--format', 'json']);

const app = createFileApp({
  dataDir,
  dbPath,
  registryDir: DEFAULT_REGISTRY_DIR,
  restakingFile: DEFAULT_RESTAKING_FILE,
  incidentsFile: DEFAULT_INCIDENTS_FILE,
  urls: DEFAULT_URLS,
});
const inProcess: number[] = [];
const yields: number[] = [];
const backtest: number[] = [];
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  renderViewsText(reportViews(await report(app)), { color: false, headings: true });
  inProcess.push(performance.now() - t);
  // The "Where the yield comes from" section again on the same warm app: what it adds to a report.
  t = performance.now();
  await reportYields(app, null, []);
  yields.push(performance.now() - t);
  t = performance.now();
  await incentiveBacktest(app, yieldReportQuestions(null).backtest);
  backtest.push(performance.now() - t);
}
await app.close();
console.log(`report benchmark, warm store, ${RUNS} runs, median`);
console.log(
  `  faultline report, kept answer (whole process, change check incl.): ${median(kept).toFixed(0)} ms  (target < 1,000 ms)`,
);
console.log(
  `  faultline report --format json, kept answer                     : ${median(keptJson).toFixed(0)} ms`,
);
console.log(
  `  faultline report --fresh (computed, whole process)              : ${median(computed).toFixed(0)} ms`,
);
console.log(
  `  build + render in process                                       : ${median(inProcess).toFixed(0)} ms`,
);
console.log(
  `  of which the yields section (in process, warm)                  : ${median(yields).toFixed(0)} ms, its backtest alone ${median(backtest).toFixed(0)} ms`,
);
