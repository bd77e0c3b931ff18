// Live ingestion at scale: a replay server (its own process, 127.0.0.1) serves real-shaped DefiLlama
// `/protocol` histories (2 chains, core section with 3 tokens, `-borrowed` for lending), and the
// `ingest defillama --all` service stores them, one transaction per protocol (8 fetches in flight, the
// store's cache capped at 64 MiB as `--store-memory-mib` defaults). Target: 1,000 protocols x 1,500 days
// in < 60 s end to end, with peak memory that does not grow with the number of protocols (each ingest
// runs in a fresh process and reports its own peak RSS). `npm run bench`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const DAYS = Number(process.env.BENCH_DAYS ?? 1500);
const SIZES = (process.env.BENCH_PROTOCOLS ?? '250,1000').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'faultline-ingest-bench-'));
const tsx = ['--import', 'tsx'];

async function serve(protocols: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [...tsx, join(import.meta.dirname, '../test/replay/serve.ts'), String(protocols), String(DAYS)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [url] = await createInterface({ input: child.stdout as NodeJS.ReadableStream })
    [Symbol.asyncIterator]()
    .next()
    .then((r) => [r.value as string]);
  return { url: url as string, child };
}

console.log(`Ingest benchmark: replayed DefiLlama, ${DAYS.toLocaleString('en-US')} days per protocol`);
const results: {
  protocols: number;
  wallMs: number;
  newPoints: number;
  maxRssMiB: number;
  bytes: number;
  failed: number;
}[] = [];
for (const protocols of SIZES) {
  const { url, child } = await serve(protocols);
  try {
    const run = spawnSync(
      process.execPath,
      [...tsx, join(import.meta.dirname, '_ingestOnce.ts'), url, join(dir, `s${protocols}.duckdb`)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    const r = JSON.parse(run.stdout.trim().split('\n').at(-1) as string);
    results.push({ protocols, ...r });
    console.log(
      `  ${protocols.toLocaleString('en-US')} protocols: ${(r.wallMs / 1000).toFixed(1)} s, ${r.newPoints.toLocaleString('en-US')} points, ` +
        `${Math.round(r.newPoints / (r.wallMs / 1000)).toLocaleString('en-US')} points/s, ${(r.bytes / 2 ** 20).toFixed(0)} MiB fetched, ` +
        `peak RSS ${r.maxRssMiB.toFixed(0)} MiB, ${r.failed} failed units`,
    );
  } finally {
    child.kill();
  }
}
const small = results[0];
const large = results.at(-1);
if (small && large && large !== small) {
  console.log(
    `  peak RSS ratio ${large.protocols}/${small.protocols} protocols: ${(large.maxRssMiB / small.maxRssMiB).toFixed(2)}x ` +
      `for ${(large.protocols / small.protocols).toFixed(0)}x the protocols (bounded: stays near 1x)`,
  );
}
const target = results.find((r) => r.protocols === 1000);
if (target)
  console.log(
    `  target 1,000 x ${DAYS} < 60 s: ${target.wallMs < 60_000 ? 'met' : 'MISSED'} (${(target.wallMs / 1000).toFixed(1)} s)`,
  );
