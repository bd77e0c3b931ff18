import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../src/core/seededRandom.ts';

const ROOT = join(import.meta.dirname, '..');
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

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
  return { name: 'flood network', unit: 'ETH', validators, services };
}

/**
 * One client flooding every expensive endpoint until `until` (ms since the epoch): `perEndpoint`
 * requests each always in flight, each a new question (a new day, or a body to compute), what is in
 * flight given up at the end. Resolves with the statuses it got, by endpoint.
 */
export async function flood(
  url: string,
  until: number,
  perEndpoint = 4,
): Promise<Record<string, Record<string, number>>> {
  const stop = new AbortController();
  setTimeout(() => stop.abort(), until - Date.now());
  let n = 0;
  const day = () => new Date(Date.UTC(2021, 0, 1) + (++n % 1400) * 86_400_000).toISOString().slice(0, 10);
  const post = (body: unknown) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const endpoints: [string, () => [string, RequestInit]][] = [
    ['GET /api/v1/backtest', () => [`/api/v1/backtest?split=2023-01-01&from=${day()}`, {}]],
    ['GET /api/v1/score', () => [`/api/v1/score?protocol=aave&asOf=${day()}`, {}]],
    ['GET /api/v1/watchlist', () => [`/api/v1/watchlist?asOf=${day()}`, {}]],
    ['GET /api/v1/report', () => [`/api/v1/report?asOf=${day()}`, {}]],
    ['POST /api/v1/l2/assess', () => ['/api/v1/l2/assess', post(json('examples/l2-design.json'))]],
    ['POST /api/v1/restaking/check', () => ['/api/v1/restaking/check', post({ network: bigNetwork() })]],
    ['POST /api/v1/lending/var', () => ['/api/v1/lending/var', post({ paths: 20_000 })]],
    ['POST /api/v1/lending/stress', () => ['/api/v1/lending/stress', post({ shocks: { WETH: -0.4 } })]],
  ];
  const counts: Record<string, Record<string, number>> = {};
  const loop = async ([name, next]: (typeof endpoints)[number]) => {
    while (Date.now() < until) {
      const [path, init] = next();
      let status: string;
      try {
        const r = await fetch(`${url}${path}`, { ...init, signal: stop.signal });
        await r.arrayBuffer();
        status = String(r.status);
      } catch {
        status = stop.signal.aborted ? 'gave up' : 'error';
      }
      counts[name] ??= {};
      counts[name][status] = (counts[name][status] ?? 0) + 1;
    }
  };
  await Promise.all(endpoints.flatMap((e) => Array.from({ length: perEndpoint }, () => loop(e))));
  return counts;
}

// Run as a process of its own (`node --import tsx bench/_flood.ts <url> <seconds>`), so the flooding
// client's work never slows the client that measures: prints the statuses as JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url, seconds] = process.argv.slice(2);
  const counts = await flood(url as string, Date.now() + Number(seconds) * 1000);
  process.stdout.write(`${JSON.stringify(counts)}\n`);
}
