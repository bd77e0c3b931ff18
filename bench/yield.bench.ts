// Yield questions at DefiLlama Yields scale: 15,000 pools x 900 days (13.5M pool-days) generated in the
// store, the cliff facts derived, then each question answered on the warm store (target < 1 s each):
// yieldBreakdown for a protocol, a chain, a category, a pool and a past day; yieldCliff for a protocol
// and a chain (the measurement over every episode is made once per state of the facts and cached; its
// first cost is printed). `npm run bench` (or node --import tsx bench/yield.bench.ts). BENCH_STORE=dir
// reuses a store this bench generated before.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProtocolIndex } from '../src/analytics/protocolIdentity.ts';
import type { YieldDeps } from '../src/app/yield/subjectPools.ts';
import { yieldBreakdownOf } from '../src/app/yield/yieldBreakdown.ts';
import { createYieldCache } from '../src/app/yield/yieldCache.ts';
import { yieldCliffOf } from '../src/app/yield/yieldCliff.ts';
import type { Day } from '../src/core/day.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import { deriveYieldFacts } from '../src/store/duckdb/loads/deriveYieldFacts.ts';
import { openDuckDb } from '../src/store/duckdb/openDuckDb.ts';
import { createSession, type SqlTx } from '../src/store/duckdb/session.ts';

const POOLS = 15_000;
const DAYS = 900;
const PROJECTS = 300;
const CHAINS = [
  'ethereum',
  'arbitrum',
  'base',
  'op-mainnet',
  'linea',
  'zksync-era',
  'blast',
  'scroll',
  'mantle',
  'bsc',
];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const result = await work();
  return [result, performance.now() - t];
};

/** A uniform draw in [0, 1) from the pool, a key and a salt: deterministic, no seed to pass around. */
const u = (key: string, salt: number) => `((hash(p, ${key}, ${salt}) % 1000000)::DOUBLE / 1e6)`;

/** Writes the synthetic pools and their days (pure SQL: 13.5M rows in seconds, no seed: hashes of the keys). */
async function generate(tx: SqlTx): Promise<void> {
  await tx.run(
    `INSERT INTO yield_pools SELECT 'bench/yields', 'pool-' || p, 'proto-' || (p % ${PROJECTS}),
       [${CHAINS.map((c) => `'${c}'`).join(', ')}][(p % ${CHAINS.length}) + 1],
       'TKN' || p, ['Dexs', 'Lending', 'Yield'][(p % 3) + 1], NULL,
       CASE WHEN p % 2 = 0 THEN ['0x' || lpad(printf('%x', p % 97), 40, '0')] END, NULL, NULL, NULL, 'row ' || p
     FROM range(${POOLS}) t(p)`,
  );
  // Rewards switch on and off in 45-day blocks (a third of blocks off); TVL answers an off block 10 days late.
  const on = (lag: number) => `(hash(p, (d - ${lag}) // 45) % 3 <> 0)`;
  await tx.run(
    `INSERT INTO yield_pool_days
     SELECT 'bench/yields', 'pool-' || p, DATE '2023-01-01' + d::INTEGER,
       round((1e5 + 1e7 * ${u('0', 1)}) * (1 + 0.2 * sin(d / 30 + p)) * CASE WHEN ${on(10)} THEN 1 ELSE 0.75 END),
       base + reward, CASE WHEN unknown THEN NULL ELSE base END, CASE WHEN unknown OR reward = 0 THEN NULL ELSE reward END,
       CASE WHEN p % 3 = 1 THEN 1.6 * 1e6 END, CASE WHEN p % 3 = 1 THEN 0.6 * 1e6 END,
       CASE WHEN p % 3 = 1 THEN 2 * base END, NULL
     FROM (SELECT p, d, 1 + 10 * ${u('0', 2)} AS base,
             CASE WHEN ${on(0)} THEN 2 + 20 * ${u('d // 45', 3)} ELSE 0 END AS reward,
             p % 50 = 0 AS unknown
           FROM range(${POOLS}) t(p), range(${DAYS}) s(d))`,
  );
}

const reuse = process.env.BENCH_STORE;
const dir = reuse ?? mkdtempSync(join(tmpdir(), 'faultline-yield-bench-'));
const dbPath = join(dir, 'store.duckdb');
console.log(
  `Yield benchmark: ${POOLS.toLocaleString('en-US')} pools x ${DAYS} days, ${PROJECTS} projects, ${CHAINS.length} chains`,
);
if (!reuse) {
  const store = await createDuckDbStore(dbPath);
  await store.migrate();
  store.close();
  // Generated in SQL on the store's engine (DuckDB's own session: no typed write makes 13.5M rows this fast).
  const instance = await openDuckDb(dbPath);
  const session = createSession(await instance.connect(), { path: dbPath, onFault: () => undefined });
  const [, loadMs] = await timed(() =>
    session.inTransaction(async () => {
      await generate(session.tx);
      await deriveYieldFacts(session.tx);
    }),
  );
  instance.closeSync();
  console.log(
    `  generated ${(POOLS * DAYS).toLocaleString('en-US')} pool-days and derived the cliff facts in ${(loadMs / 1000).toFixed(1)} s; store ${(statSync(dbPath).size / 2 ** 20).toFixed(0)} MiB (in ${dir})`,
  );
}

const warm = await createDuckDbStore(dbPath);
await warm.migrate();
const deps: YieldDeps = { store: warm, index: buildProtocolIndex([], []), cache: createYieldCache() };
const questions: [string, () => Promise<unknown>][] = [
  [
    'yieldBreakdown protocol proto-7 (50 pools)',
    () => yieldBreakdownOf(deps, { subject: { kind: 'protocol', id: 'proto-7' } }),
  ],
  [
    'yieldBreakdown chain base (1,500 pools)',
    () => yieldBreakdownOf(deps, { subject: { kind: 'chain', id: 'Base' } }),
  ],
  [
    'yieldBreakdown category lending (5,000 pools)',
    () => yieldBreakdownOf(deps, { subject: { kind: 'category', id: 'lending' } }),
  ],
  [
    'yieldBreakdown pool pool-4242',
    () => yieldBreakdownOf(deps, { subject: { kind: 'pool', id: 'pool-4242' } }),
  ],
  [
    'yieldBreakdown chain base on 2024-06-30',
    () => yieldBreakdownOf(deps, { subject: { kind: 'chain', id: 'base' }, asOf: '2024-06-30' as Day }),
  ],
  ['yieldCliff protocol proto-7', () => yieldCliffOf(deps, { subject: { kind: 'protocol', id: 'proto-7' } })],
  [
    'yieldCliff chain base (no episode list)',
    () => yieldCliffOf(deps, { subject: { kind: 'chain', id: 'base' }, episodes: 'none' }),
  ],
];
const [cliff, measureMs] = await timed(() =>
  yieldCliffOf({ ...deps, cache: createYieldCache() }, { episodes: 'none' }),
);
console.log(
  `  measuring the cliff from every episode (once per state of the facts; the cache keeps it): ${measureMs.toFixed(0)} ms`,
);
console.log(
  `  ${cliff.episodeCoverage.episodes.toLocaleString('en-US')} reward-fall episodes (${cliff.episodeCoverage.sustained.toLocaleString('en-US')} sustained); sustained 90-day response ${cliff.measured.sustained.horizons[1]?.difference?.median.toFixed(3)} (synthetic TVL drops 25% 10 days into an off block)`,
);
let worst = 0;
for (const [name, ask] of questions) {
  const [, first] = await timed(ask);
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push((await timed(ask))[1]);
  const warmMs = median(runs);
  worst = Math.max(worst, warmMs);
  console.log(
    `  ${name}: first ${first.toFixed(0)} ms, warm median of ${RUNS} ${warmMs.toFixed(0)} ms [target: ${warmMs < TARGET_MS ? 'met' : 'MISSED'}]`,
  );
}
console.log(
  `  slowest question warm: ${worst.toFixed(0)} ms (target < ${TARGET_MS} ms) [target: ${worst < TARGET_MS ? 'met' : 'MISSED'}]`,
);
warm.close();
