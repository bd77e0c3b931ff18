// Start-up of the compiled CLI as a user meets it: whole processes, median of BENCH_RUNS (default 7)
// runs taken in turn (so a change of machine load hits every command alike), each beside
// `node -e 0`. Targets (issue 21): `--help` and `da eigenda --json` within 3× of `node -e 0`;
// `faultline report` on a warm store (imported, nothing changed) under 1 s. `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/cli/main.js');
const dataDir = resolve(process.env.FAULTLINE_DATA ?? join(root, '../shared/data'));
const dbPath = join(mkdtempSync(join(tmpdir(), 'faultline-bench-')), 'warm.duckdb');
const env = { ...process.env, FAULTLINE_DATA: dataDir, FAULTLINE_DB: dbPath };

type Case = { name: string; args: string[]; target: (ms: number, baseline: number) => string };
const withinRatio =
  (ratio: number) =>
  (ms: number, baseline: number): string =>
    `target ≤ ${ratio}× ${ms <= ratio * baseline ? 'met' : 'MISSED'}`;
const CASES: Case[] = [
  { name: 'node -e 0', args: ['-e', '0'], target: () => 'baseline' },
  { name: 'faultline --help', args: [cli, '--help'], target: withinRatio(3) },
  { name: 'faultline da eigenda --json', args: [cli, 'da', 'eigenda', '--json'], target: withinRatio(3) },
  {
    name: 'faultline report (warm store)',
    args: [cli, 'report'],
    target: (ms) => `target < 1,000 ms ${ms < 1000 ? 'met' : 'MISSED'}`,
  },
];

/** Runs one process to its end; its wall time in ms (output discarded, a failure stops the bench). */
function timed(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return ms;
}

const build = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
if (build.status !== 0) throw new Error(`building the CLI failed: ${build.stderr}`);
// The warm store: the real data imported, then one report (its first open reads the store whole).
timed([cli, 'import']);
timed([cli, 'report']);

const load = loadavg()[0] ?? 0;
const times = CASES.map(() => [] as number[]);
for (let i = 0; i < RUNS; i++) for (const [c, { args }] of CASES.entries()) times[c]?.push(timed(args));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const medians = times.map(median);
const baseline = medians[0] ?? Number.NaN;

console.log(
  `start-up benchmark: whole processes, median of ${RUNS} runs (load average ${load.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} on ${process.platform}, node ${process.version})`,
);
for (const [c, { name, target }] of CASES.entries()) {
  const ms = medians[c] ?? Number.NaN;
  console.log(
    `  ${name.padEnd(30)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / baseline).toFixed(1).padStart(5)}× node -e 0  (${target(ms, baseline)})`,
  );
}
