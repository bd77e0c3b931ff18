// One measured ingest in a fresh process (so its peak RSS is its own): `node --import tsx
// bench/_ingestOnce.ts URL DB` ingests every listed protocol and prints one JSON line of figures.
import { createFileApp } from '../src/app/createFileApp.ts';
import { resolveConfig } from '../src/core/config.ts';
import { createHostLimits } from '../src/sources/http/hostLimiter.ts';

const [url, dbPath] = process.argv.slice(2) as [string, string];
const env = { DEFILLAMA_API_URL: url, DEFILLAMA_COINS_URL: url, L2BEAT_API_URL: url };
const app = createFileApp(
  resolveConfig({ flags: { db: dbPath, data: '/nonexistent' }, env, cwd: process.cwd() }),
);
const started = performance.now();
const summary = await app.ingestDefillama(
  { protocols: null, all: true, chains: [], fees: false, prices: false },
  {
    until: '2025-12-19' as never,
    since: null,
    staleDays: 3,
    refresh: false,
    concurrency: 8,
    storeMemoryMib: 64,
    http: { limiter: createHostLimits({ concurrency: 8, ratePerSecond: 10_000 }) },
  },
);
const wallMs = performance.now() - started;
await app.close();
process.stdout.write(
  `${JSON.stringify({ wallMs, newPoints: summary.newPoints, units: summary.units, failed: summary.failed.length, bytes: summary.bytes, maxRssMiB: process.resourceUsage().maxRSS / 1024, heapMiB: process.memoryUsage().heapUsed / 2 ** 20, rssNowMiB: process.memoryUsage().rss / 2 ** 20 })}\n`,
);
