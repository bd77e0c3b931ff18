// TVL engine at DefiLlama scale: a seeded store of 5,000 protocols x 100 chains (~20M daily section
// rows) imported through the real importers, then, in one run: the chain series with two toggles and
// one section (target < 300 ms), the full drawdown table (target < 1 s), and the same chain series by a
// plain TypeScript loop over the rows (target: the store ≥ 20x faster). `npm run bench`.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drawdowns } from '../src/analytics/drawdowns.ts';
import { loadTvlContext } from '../src/analytics/tvlContext.ts';
import { composeDay, type TvlCell } from '../src/analytics/tvlRules.ts';
import { type TvlRequest, tvlSeries } from '../src/analytics/tvlSeries.ts';
import { addDays, type Day, daysBetween } from '../src/core/day.ts';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import type { Section } from '../src/model/normaliseChain.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import { CHAINS, generateTvlData, PROTOCOLS } from './_generateTvlData.ts';
import { readAllTvlRows } from './_readAllTvlRows.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'faultline-tvl-bench-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const result = await work();
  return [result, performance.now() - t];
};

console.log(`TVL benchmark: ${PROTOCOLS.toLocaleString('en-US')} protocols x ${CHAINS} chains, seed 42`);
const [rows, generateMs] = await timed(() => generateTvlData(join(dir, 'data')));
console.log(
  `  generated ${rows.toLocaleString('en-US')} daily section rows in ${(generateMs / 1000).toFixed(1)} s`,
);

const dbPath = join(dir, 'store.duckdb');
const store = await createDuckDbStore(dbPath);
await store.migrate();
const wanted = new Set(['defillama/protocol-chain-tvl-daily', 'defillama/protocols-snapshot']);
const [summary, importMs] = await timed(() =>
  importDatasets({ store, dataDir: join(dir, 'data'), datasets: DATASETS.filter((d) => wanted.has(d.id)) }),
);
if (summary.failed.length > 0) throw new Error(summary.failed.map((f) => f.error.message).join('\n'));
store.close();
const reopened = await createDuckDbStore(dbPath);
await reopened.migrate();
console.log(
  `  import: ${(importMs / 1000).toFixed(1)} s = ${Math.round(rows / (importMs / 1000)).toLocaleString('en-US')} rows/s; store on disk ${(statSync(dbPath).size / 2 ** 20).toFixed(0)} MiB`,
);

const ctx = await loadTvlContext(reopened);
const request: TvlRequest = {
  subject: { kind: 'chain', chain: 'ethereum' },
  toggles: { sections: ['borrowed'], doublecounted: true, liquidstaking: true, bridge: false },
  denominate: 'usd',
  from: null,
  to: null,
};
const seriesMs: number[] = [];
let series = await tvlSeries(ctx, request);
for (let i = 0; i < RUNS; i++) {
  const [s, ms] = await timed(() => tvlSeries(ctx, request));
  series = s;
  seriesMs.push(ms);
}
const drawdownMs: number[] = [];
let table = await drawdowns(ctx, { unit: 'usd', minPeakUsd: 0, asOf: null });
for (let i = 0; i < RUNS; i++) {
  const [t, ms] = await timed(() => drawdowns(ctx, { unit: 'usd', minPeakUsd: 0, asOf: null }));
  table = t;
  drawdownMs.push(ms);
}

reopened.close();

// The same series by a plain TypeScript loop: read every row, then apply the same rule in memory.
const [all, readMs] = await timed(() => readAllTvlRows(dbPath));
const loopStart = performance.now();
const loop = loopSeries(all, 'ethereum', ctx.universe.classes, request.toggles);
const loopMs = performance.now() - loopStart;
const mismatches = series.points.filter(
  (p) => Math.abs((loop.get(p.day) ?? Number.NaN) - p.usd) > 0.01,
).length;
if (mismatches > 0 || loop.size !== series.points.length) {
  throw new Error(`the loop and the store disagree on ${mismatches} of ${series.points.length} days`);
}

const s = median(seriesMs);
console.log(`  median of ${RUNS} runs, warm store:`);
console.log(
  `  chain series (ethereum, 2 toggles + borrowed, ${series.points.length} days): ${s.toFixed(0)} ms  (target < 300 ms)`,
);
console.log(
  `  full drawdown table (${table.length.toLocaleString('en-US')} protocols): ${median(drawdownMs).toFixed(0)} ms  (target < 1,000 ms)`,
);
console.log(
  `  plain TypeScript loop, same series (equal on every day): read ${all.count.toLocaleString('en-US')} rows ${(readMs / 1000).toFixed(1)} s + loop ${loopMs.toFixed(0)} ms = ${((readMs + loopMs) / s).toFixed(0)}x slower than the store (target ≥ 20x); the loop alone, rows already in memory: ${(loopMs / s).toFixed(1)}x`,
);

/** DefiLlama's chart rule (analytics/tvlDays.ts) over columnar rows, for one chain. */
function loopSeries(
  rows: Awaited<ReturnType<typeof readAllTvlRows>>,
  chain: string,
  classes: ReadonlyMap<string, number>,
  toggles: TvlRequest['toggles'],
): Map<Day, number> {
  const epoch = rows.firstDay;
  const span = daysBetween(epoch, rows.lastDay) + 2;
  const protocols = rows.protocols.length;
  const hasItem = new Uint8Array(protocols * span);
  const lastDay = new Int32Array(protocols).fill(-1);
  let horizon = -1;
  for (let i = 0; i < rows.count; i++) {
    const p = rows.protocol[i] as number;
    const d = rows.day[i] as number;
    hasItem[p * span + d] = 1;
    if (d > (lastDay[p] as number)) lastDay[p] = d;
    if (d > horizon) horizon = d;
  }
  const coversFrom = new Int32Array(protocols * span);
  for (let p = 0; p < protocols; p++) {
    let previous = -1;
    for (let d = 0; d < span; d++) {
      if (hasItem[p * span + d]) {
        coversFrom[p * span + d] = previous < 0 ? d : previous + 1;
        previous = d;
      }
    }
  }
  const chainIndex = rows.chains.indexOf(chain);
  const keyOf = new Map<string, number>();
  const cells: { section: Section; cls: number; diff: Float64Array }[] = [];
  let first = span;
  for (let i = 0; i < rows.count; i++) {
    if (rows.chain[i] !== chainIndex) continue;
    const p = rows.protocol[i] as number;
    const d = rows.day[i] as number;
    const section = rows.sections[rows.section[i] as number] as Section;
    const cls = classes.get(rows.protocols[p] as string) ?? 0;
    const key = `${section}|${cls}`;
    let k = keyOf.get(key);
    if (k === undefined) {
      k = cells.push({ section, cls, diff: new Float64Array(span + 1) }) - 1;
      keyOf.set(key, k);
    }
    const start = coversFrom[p * span + d] as number;
    const end = d === lastDay[p] ? horizon : d;
    const diff = (cells[k] as (typeof cells)[0]).diff;
    diff[start] = (diff[start] as number) + (rows.usd[i] as number);
    diff[end + 1] = (diff[end + 1] as number) - (rows.usd[i] as number);
    if (start < first) first = start;
  }
  const running = cells.map(() => 0);
  const out = new Map<Day, number>();
  for (let d = 0; d <= horizon; d++) {
    const today: TvlCell[] = [];
    cells.forEach((c, k) => {
      running[k] = (running[k] as number) + (c.diff[d] as number);
      today.push({ section: c.section, cls: c.cls, usd: running[k] as number });
    });
    if (d >= first) out.set(addDays(epoch, d), composeDay(today, toggles).usd);
  }
  return out;
}
