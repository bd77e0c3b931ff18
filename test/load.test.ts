import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { seededRandom } from '../src/core/seededRandom.ts';
import { type ApiServer, startApiServer } from './helpers/apiServer.ts';

/** How long the flood lasts once every endpoint has been asked (ms); the whole test stays under 60 s. */
const FLOOD_MS = 20_000;
/**
 * The bound this test holds the cheap GET's p99 to while the flood runs: responsive (before the pool, a
 * GET waited 26.9 s), not the 100 ms target, which bench/api.bench.ts measures and reports on an idle
 * machine (issue 23; on 2 shared cores it measured 310 ms, see the stop note).
 */
const P99_LIMIT_MS = 1000;
/** How long the cheap GET is timed alone first, to know what this machine gives without the flood (ms). */
const BASELINE_MS = 4_000;
/** Requests each endpoint has in flight at once during the flood. */
const PER_ENDPOINT = 4;

/** A seeded restaking network of about 100 KB (400 operators, 150 services of 10–40 each). */
function bigNetwork() {
  const r = seededRandom(23);
  const validators = Array.from({ length: 400 }, (_, i) => ({
    id: `v${i}`,
    stake: Math.round(10 + 5000 * r() ** 3),
  }));
  const services = Array.from({ length: 150 }, (_, s) => {
    const members = new Set<string>();
    const size = 10 + Math.floor(r() * 31);
    while (members.size < size) members.add(`v${Math.floor(400 * r() * r())}`);
    return {
      id: `s${s}`,
      alpha: [1 / 3, 1 / 2, 2 / 3][s % 3],
      profit: Math.round(50 + 2000 * r()),
      validators: [...members],
    };
  });
  return { name: 'load test network', unit: 'ETH', validators, services };
}

type Flood = { method: 'GET' | 'POST'; path: string; vary: string | null; body?: unknown };
/** Every expensive endpoint, each asked again and again with what makes each request new. */
function floods(): Flood[] {
  const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
  return [
    { method: 'GET', path: '/api/v1/backtest?split=2023-01-01&from=', vary: 'day' },
    { method: 'GET', path: '/api/v1/score?protocol=aave&asOf=', vary: 'day' },
    { method: 'GET', path: '/api/v1/watchlist?asOf=', vary: 'day' },
    { method: 'GET', path: '/api/v1/report?asOf=', vary: 'day' },
    { method: 'POST', path: '/api/v1/l2/assess', vary: null, body: json('examples/l2-design.json') },
    {
      method: 'POST',
      path: '/api/v1/restaking/check',
      vary: null,
      body: { network: bigNetwork(), timeLimitSeconds: 10 },
    },
    { method: 'POST', path: '/api/v1/lending/var', vary: null, body: { paths: 20_000 } },
    { method: 'POST', path: '/api/v1/lending/stress', vary: null, body: { shocks: { WETH: -0.4 } } },
  ];
}

/**
 * The clients, each in its own thread as other processes would be (their own work never delays the
 * server's loop): `flood` sends the next request to its endpoint as soon as the last one answers, and
 * gives up on what is in flight when the time is up; `cheap` asks its GET every 10 ms and times it.
 */
const CLIENT = `
const { workerData, parentPort } = require('node:worker_threads');
const { mode, url, floods, from, until } = workerData;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
if (mode === 'cheap') {
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
} else {
  const counts = {};
  const stop = new AbortController();
  setTimeout(() => stop.abort(), until - Date.now());
  let n = 0;
  const day = () => { n += 1; return new Date(Date.UTC(2021, 0, 1) + (n % 1400) * 86400000).toISOString().slice(0, 10); };
  const loop = async (f) => {
    while (Date.now() < until) {
      let status;
      try {
        const r = await fetch(url + (f.vary === 'day' ? f.path + day() : f.path), {
          signal: stop.signal,
          ...(f.method === 'POST' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(f.body) } : {}),
        });
        await r.arrayBuffer();
        status = String(r.status);
      } catch (e) { status = stop.signal.aborted ? 'gave up' : 'error: ' + e.message; }
      const key = f.method + ' ' + f.path.split('?')[0];
      counts[key] ??= {};
      counts[key][status] = (counts[key][status] ?? 0) + 1;
    }
  };
  Promise.all(floods.flatMap((f) => Array.from({ length: workerData.perEndpoint }, () => loop(f)))).then(() =>
    parentPort.postMessage(counts),
  );
}
`;

/** Runs one client thread and resolves with what it reports. */
function client<T>(workerData: Record<string, unknown>): Promise<T> {
  const worker = new Worker(CLIENT, { eval: true, workerData });
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
    const alone = await client<Cheap>({ mode: 'cheap', url: api.url, from: now, until: now + BASELINE_MS });
    const from = Date.now() + 2_000;
    const until = from + FLOOD_MS;
    const [counts, cheap] = await Promise.all([
      client<Record<string, Record<string, number>>>({
        mode: 'flood',
        url: api.url,
        floods: floods(),
        perEndpoint: PER_ENDPOINT,
        until,
      }),
      client<Cheap>({ mode: 'cheap', url: api.url, from, until }),
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
