// The HTTP API under load with autocannon on 127.0.0.1: cached GET endpoints beside a hello-world
// fastify route measured in the same run (each server in its own process, autocannon in this one),
// then one 60-second run that must end with zero errors, then the cheap GET alone and while one client
// floods every computing endpoint. `npm run bench`.
// Targets (issue 8): ≥ 5,000 req/s and p99 < 50 ms on cached GETs; ratio to hello-world ≥ 0.5.
// Target (issue 23): GET /api/v1/l2 keeps p99 < 100 ms while the computations are flooded.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LONG_SECONDS = Number(process.env.BENCH_LONG_SECONDS ?? 60);
const CONNECTIONS = 50;
const dataDir = resolve(process.env.FAULTLINE_DATA ?? join(import.meta.dirname, '../../shared/data'));
const dbPath = join(mkdtempSync(join(tmpdir(), 'faultline-bench-')), 'api.duckdb');
const cli = join(import.meta.dirname, '../dist/cli/main.js');
const env = { ...process.env, FAULTLINE_DATA: dataDir, FAULTLINE_DB: dbPath };

const imported = spawnSync(process.execPath, [cli, 'import'], { env, encoding: 'utf8' });
if (imported.status !== 0) throw new Error(imported.stderr);

/** Starts a server process and resolves with its base URL once it listens. */
function start(
  args: string[],
  ready: RegExp,
  stream: 'stdout' | 'stderr',
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveUrl, reject) => {
    let text = '';
    child[stream]?.on('data', (d) => {
      text += d;
      const m = ready.exec(text);
      if (m) resolveUrl({ url: `http://127.0.0.1:${m[1]}`, child });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${text}`)));
  });
}

type Run = { rps: number; p99: number; errors: number; non2xx: number; total: number };
async function load(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
  connections = CONNECTIONS,
): Promise<Run> {
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
  };
}

const hello = await start([join(import.meta.dirname, '_helloServer.ts')], /^(\d+)\n/, 'stdout');
const api = await start([cli, 'serve', '--port', '0'], /serving http:\/\/127\.0\.0\.1:(\d+)\//, 'stderr');
const ENDPOINTS = ['/api/v1/l2', '/api/v1/tvl?chain=ethereum&from=2025-01-01', '/api/v1/protocols?limit=50'];
const sizes = new Map<string, number>();
for (const path of ENDPOINTS)
  sizes.set(path, await fetch(`${api.url}${path}`).then(async (r) => (await r.arrayBuffer()).byteLength));

const rows: string[] = [];
const line = (name: string, r: Run, base: Run) =>
  rows.push(
    `| ${name} | ${Math.round(r.rps).toLocaleString('en-US')} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${(r.rps / base.rps).toFixed(2)} |`,
  );
// The baseline is measured before and after the API rows; ratios use the faster of the two, so noise
// on this shared machine can only lower them.
const before = await load(`${hello.url}/`, SECONDS);
const measured: [string, Run][] = [];
for (const path of ENDPOINTS)
  measured.push([`cached \`GET ${path}\``, await load(`${api.url}${path}`, SECONDS)]);
measured.push([
  'cached `GET /api/v1/l2`, gzip',
  await load(`${api.url}/api/v1/l2`, SECONDS, { 'accept-encoding': 'gzip' }),
]);
const afterwards = await load(`${hello.url}/`, SECONDS);
const baseline = before.rps >= afterwards.rps ? before : afterwards;
line('hello-world fastify `GET /` (before)', before, baseline);
line('hello-world fastify `GET /` (after)', afterwards, baseline);
for (const [name, run] of measured) line(name, run, baseline);
// Like with like: plain fastify sending a body of the same size as each endpoint's.
for (const path of ENDPOINTS) {
  const bytes = sizes.get(path) as number;
  const plain = await load(`${hello.url}/bytes/${bytes}`, SECONDS);
  const ours = measured.find(([name]) => name === `cached \`GET ${path}\``)?.[1] as Run;
  line(`plain fastify, a ${bytes.toLocaleString('en-US')}-byte body (as \`${path}\`)`, plain, baseline);
  rows.push(`| → \`${path}\` against it | | | | | ${(ours.rps / plain.rps).toFixed(2)} |`);
}
const long = await load(`${api.url}${ENDPOINTS[1]}`, LONG_SECONDS);
line(`${LONG_SECONDS}-s run, \`GET ${ENDPOINTS[1]}\``, long, baseline);

// Issue 23: a few clients' cheap GETs, alone and while one client floods the computations (the server
// allows that client every computation it asks for, so its threads and queue are what protect the loop).
api.child.kill('SIGTERM');
const computing = await start(
  [cli, 'serve', '--port', '0', '--rate-limit', '100000'],
  /serving http:\/\/127\.0\.0\.1:(\d+)\//,
  'stderr',
);
await fetch(`${computing.url}/api/v1/l2`).then((r) => r.arrayBuffer());
const alone = await load(`${computing.url}/api/v1/l2`, SECONDS, {}, 4);
const flooding = new Promise<Record<string, Record<string, number>>>((resolveCounts, reject) => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, '_flood.ts'), computing.url, String(SECONDS + 2)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.on('exit', (code) =>
    code === 0 ? resolveCounts(JSON.parse(out)) : reject(new Error(`flood exited ${code}`)),
  );
});
await new Promise((r) => setTimeout(r, 1000));
const flooded = await load(`${computing.url}/api/v1/l2`, SECONDS, {}, 4);
const floodCounts = await flooding;
line('cached `GET /api/v1/l2`, 4 connections, alone', alone, baseline);
line('cached `GET /api/v1/l2`, 4 connections, one client flooding 8 computing endpoints', flooded, baseline);
const floodTotals = Object.values(floodCounts).reduce<Record<string, number>>((t, byStatus) => {
  for (const [status, n] of Object.entries(byStatus)) t[status] = (t[status] ?? 0) + n;
  return t;
}, {});

hello.child.kill();
computing.child.kill('SIGTERM');
process.stdout.write(
  [
    `API load, ${CONNECTIONS} connections, ${SECONDS} s per row (autocannon and both servers on this ${'2'}-core machine)`,
    '| endpoint | req/s | p99 (ms) | errors | non-2xx | ratio to hello-world |',
    '|---|---|---|---|---|---|',
    ...rows,
    `${LONG_SECONDS}-s run: ${long.total.toLocaleString('en-US')} requests, ${long.errors} errors, ${long.non2xx} non-2xx`,
    `flood of computations: GET /api/v1/l2 p99 ${flooded.p99} ms under it vs ${alone.p99} ms alone (target < 100 ms); the flood got ${JSON.stringify(floodTotals)}`,
    '',
  ].join('\n'),
);
if (long.errors > 0 || long.non2xx > 0 || flooded.errors > 0 || flooded.non2xx > 0) process.exitCode = 1;
