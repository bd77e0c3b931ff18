// Full import of the real data into an empty store vs DuckDB's own bulk load of the same parquet,
// measured side by side in one run (median of RUNS fresh processes each). `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dataDir = resolve(process.env.FAULTLINE_DATA ?? join(import.meta.dirname, '../../shared/data'));
const once = join(import.meta.dirname, '_importOnce.ts');

function measure(mode: string): { ms: number; maxRssMiB: number } {
  const results = Array.from({ length: RUNS }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', once, mode, join(dir, 'b.duckdb'), dataDir], {
      encoding: 'utf8',
    });
    rmSync(dir, { recursive: true, force: true });
    if (run.status !== 0) throw new Error(`${mode} failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as { ms: number; maxRssMiB: number };
  });
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  return {
    ms: sorted[Math.floor(RUNS / 2)]?.ms ?? Number.NaN,
    maxRssMiB: Math.max(...results.map((r) => r.maxRssMiB)),
  };
}

const all = measure('faultline-all');
const parquet = measure('faultline-parquet');
const raw = measure('duckdb-ctas');
console.log(`import benchmark, ${RUNS} runs each, median time, peak RSS (fresh process, empty store)`);
console.log(
  `  faultline import, all 16 datasets : ${all.ms.toFixed(0)} ms, peak ${all.maxRssMiB.toFixed(0)} MiB  (target < 10,000 ms, < 1,024 MiB)`,
);
console.log(
  `  faultline import, parquet dataset : ${parquet.ms.toFixed(0)} ms, peak ${parquet.maxRssMiB.toFixed(0)} MiB  (validated, mapped, provenance)`,
);
console.log(
  `  DuckDB CREATE TABLE AS read_parquet: ${raw.ms.toFixed(0)} ms, peak ${raw.maxRssMiB.toFixed(0)} MiB`,
);
console.log(
  `  ratio parquet dataset / DuckDB bulk load: ${(parquet.ms / raw.ms).toFixed(2)}x  (target <= 3x)`,
);
console.log(`  ratio full import / DuckDB bulk load    : ${(all.ms / raw.ms).toFixed(2)}x`);
