import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { type ApiServer, startApiServer } from './helpers/apiServer.ts';

/** How long the flood lasts once every endpoint has been asked (ms); the whole test stays under 60 s. */
const FLOOD_MS = 10_000;
/**
 * The bound this test holds the cheap GET's p99 to while the flood runs. The target is 100 ms (issue 23;
 * bench/api.bench.ts reports it): with every computing GET on the pool, a 2-core machine busy with other
 * work measured 93–174 ms flooded against 60–253 ms alone; before, 304–415 ms (the report computed on the
 * event loop), and 26.9 s before the pool. 250 ms catches either regression without failing on a busy CI.
 */
const P99_LIMIT_MS = 250;
/** How long the cheap GET is timed alone first, to know what this machine gives without the flood (ms). */
const BASELINE_MS = 4_000;
/** The benchmark's flooding client, run here as a process of its own. */
const FLOOD = join(import.meta.dirname, '../bench/_flood.ts');

/**
 * The client that measures, in its own thread as another process would be (its own work never delays
 * the server's loop): asks its cheap GET every 10 ms and times it.
 */
const CHEAP_CLIENT = `
const { workerData, parentPort } = require('node:worker_threads');
const { url, from, until } = workerData;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  const latencies = [];
  const statuses = {};
  while (Date.now() < from) await sleep(10);
  while (Date.now() < until) {
    const t = performance.now();
    const r = await fetch(url + '/api/v1/l2');
    await r.arrayBuffer();
    latencies.push(performance.now() - t);
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    await sleep(10);
  }
  parentPort.postMessage({ latencies, statuses });
})();
`;

/**
 * The flooding client: the benchmark's own (`bench/_flood.ts`, every expensive endpoint, each request a
 * new question), as a process of its own; resolves with the statuses it got, by endpoint.
 */
function flood(url: string, seconds: number): Promise<Record<string, Record<string, number>>> {
  const child = spawn(process.execPath, ['--import', 'tsx', FLOOD, url, String(seconds)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d;
  });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`flood exited ${code}`)),
    ),
  );
}

/** Runs one client thread and resolves with what it reports. */
function client<T>(workerData: Record<string, unknown>): Promise<T> {
  const worker = new Worker(CHEAP_CLIENT, { eval: true, workerData });
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (m: T) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
  });
}

describe('load: one client floods every expensive endpoint, another keeps its cheap GET fast', () => {
  let api: ApiServer;
  before(async () => {
    api = await startApiServer({ limits: { computeRateLimit: 100_000, warmWorkers: true } });
  });
  after(() => api.close());

  it(`keeps GET /api/v1/l2 under ${P99_LIMIT_MS} ms at the 99th percentile, and nothing dies`, async () => {
    assert.equal((await fetch(`${api.url}/api/v1/l2`)).status, 200);
    type Cheap = { latencies: number[]; statuses: Record<string, number> };
    const p99 = (c: Cheap) =>
      c.latencies.sort((a, b) => a - b)[Math.floor(c.latencies.length * 0.99)] as number;
    const now = Date.now();
    const alone = await client<Cheap>({ url: api.url, from: now, until: now + BASELINE_MS });
    // The flood starts at once; the measuring starts 2 s in, when every endpoint has been asked.
    const from = Date.now() + 2_000;
    const until = from + FLOOD_MS;
    const [counts, cheap] = await Promise.all([
      flood(api.url, (until - Date.now()) / 1000),
      client<Cheap>({ url: api.url, from, until }),
    ]);
    // On a machine busy with other work the GET is slow even alone; the flood may not make it worse
    // than twice that.
    const limit = Math.max(P99_LIMIT_MS, 2 * p99(alone));
    const summary = `p99 ${p99(cheap).toFixed(1)} ms over ${cheap.latencies.length} GETs under the flood (${p99(alone).toFixed(1)} ms alone, limit ${limit.toFixed(0)} ms); flood ${JSON.stringify(counts)}`;
    process.stdout.write(`# load: ${summary}\n`);
    assert.deepEqual(Object.keys(cheap.statuses), ['200'], summary);
    assert.ok(cheap.latencies.length >= 200, summary);
    assert.ok(p99(cheap) < limit, summary);
    for (const [endpoint, statuses] of Object.entries(counts))
      for (const status of Object.keys(statuses))
        assert.ok(
          ['200', '503', '504', 'gave up'].includes(status),
          `${endpoint} answered ${status}: ${summary}`,
        );
    const refused = Object.values(counts).reduce((n, s) => n + (s['503'] ?? 0), 0);
    assert.ok(refused > 0, `the flood went past the queue and was refused at once: ${summary}`);
    const health = await fetch(`${api.url}/api/v1/health`);
    assert.equal(health.status, 200);
    const { computations } = await health.json();
    assert.equal(computations.failed, 0, JSON.stringify(computations));
    assert.equal(computations.threads, computations.size, 'the pool is whole');
  });
});
