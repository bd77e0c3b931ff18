import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { seededRandom } from '../../src/core/seededRandom.ts';
import {
  chainHistory,
  feesSummary,
  priceChart,
  protocolList,
  protocolResponse,
  slugOf,
  type Universe,
} from './syntheticDefillama.ts';
import { type YieldsUniverse, yieldChart, yieldPools } from './syntheticYields.ts';

/**
 * What the replay server can do to a request, as the real internet does: rate limits (with
 * `Retry-After`), server errors, connection resets, a server that never answers, a slow drip, a
 * truncated body, a wrong type, a renamed field, a 200 MB body, and an empty history.
 */
export type Fault =
  | '429'
  | '500'
  | '502'
  | '503'
  | 'reset'
  | 'hang'
  | 'drip'
  | 'truncated'
  | 'wrong-type'
  | 'drift'
  | 'huge'
  | 'empty-history';

/** Faults a retry can get past: what `failRate` draws from. */
export const TRANSIENT_FAULTS: readonly Fault[] = ['429', '500', '502', '503', 'reset', 'truncated'];

export type ReplayOptions = {
  universe: Universe;
  /** Serves the recorded `/protocol` responses of `defillama/lending_protocols/` from this data folder. */
  dataDir?: string;
  /** Share of requests (0..1) that get a random transient fault. */
  failRate?: number;
  seed?: number;
  /** `Retry-After` sent with a 429, in seconds. */
  retryAfterSeconds?: number;
  /** Serves DefiLlama Yields (`/pools`, `/chart/{pool id}`) for this many pools. */
  yields?: YieldsUniverse;
};

export type ReplayServer = {
  /** Base URL of the DefiLlama API, coins API, yields API and L2BEAT API alike (`http://127.0.0.1:port`). */
  url: string;
  /** The next requests whose path starts with `prefix` get these faults, in order. */
  script(prefix: string, faults: readonly Fault[]): void;
  setFailRate(rate: number): void;
  /** Every request served: path and what was done to it. */
  log: { path: string; outcome: string }[];
  close(): Promise<void>;
};

const L2BEAT_FIXTURE = join(import.meta.dirname, '../fixtures/l2beat/scaling-summary.json');
const LAST_MODIFIED = 'Sat, 20 Dec 2025 00:00:00 GMT';

/** Starts a replay server on 127.0.0.1 (a free port): real-shaped responses, faults on demand. */
export async function startReplayServer(o: ReplayOptions): Promise<ReplayServer> {
  const scripted: { prefix: string; faults: Fault[] }[] = [];
  const random = seededRandom(o.seed ?? 1);
  let failRate = o.failRate ?? 0;
  const log: ReplayServer['log'] = [];
  const now = Date.parse(`${o.universe.endDay}T00:00:00Z`) / 1000 + 86_400 + 43_200;

  const routes: [RegExp, (m: string[], url: URL) => unknown][] = [
    [/^\/protocols$/, () => protocolList(o.universe)],
    [
      /^\/protocol\/([^/]+)$/,
      ([, slug = '']) => {
        const recorded = o.dataDir && join(o.dataDir, 'defillama/lending_protocols', `${slug}.json`);
        if (recorded && existsSync(recorded)) return JSON.parse(readFileSync(recorded, 'utf8'));
        const n = /^proto-(\d{4})$/.exec(slug);
        return n && Number(n[1]) < o.universe.protocols ? protocolResponse(o.universe, slug, now) : undefined;
      },
    ],
    [
      /^\/v2\/chains$/,
      () => [{ name: 'Ethereum', tvl: 6e10, gecko_id: 'ethereum', tokenSymbol: 'ETH', chainId: 1 }],
    ],
    [/^\/v2\/historicalChainTvl\/([^/]+)$/, ([, chain = '']) => chainHistory(o.universe, chain)],
    [
      /^\/overview\/fees$/,
      () => {
        const listed = Array.from({ length: o.universe.protocols }, (_, i) => slugOf(i)).filter(
          (_, i) => i % 2 === 0,
        );
        return { protocols: listed.map((slug) => ({ name: slug, slug, defillamaId: slug, total24h: 1000 })) };
      },
    ],
    [
      /^\/summary\/fees\/([^/]+)$/,
      ([, slug = ''], url) => feesSummary(o.universe, slug, url.searchParams.get('dataType') ?? 'dailyFees'),
    ],
    [/^\/pools$/, () => (o.yields ? yieldPools(o.yields) : undefined)],
    [
      /^\/chart\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
      ([, pool = '']) => (o.yields ? yieldChart(o.yields, pool) : undefined),
    ],
    [
      /^\/chart\/([^/]+)$/,
      ([, coins = ''], url) =>
        priceChart(coins, Number(url.searchParams.get('start')), Number(url.searchParams.get('span'))),
    ],
    [
      /^\/prices\/historical\/(\d+)\/([^/]+)$/,
      ([, at = '0', coins = '']) => {
        const chart = priceChart(coins, Number(at), 1) as {
          coins: Record<string, { symbol: string; prices: { price: number }[] }>;
        };
        const entries = Object.entries(chart.coins).map(([c, v]) => [
          c,
          { price: v.prices[0]?.price, symbol: v.symbol, timestamp: Number(at), confidence: 0.99 },
        ]);
        return { coins: Object.fromEntries(entries) };
      },
    ],
    [/^\/scaling\/summary$/, () => JSON.parse(readFileSync(L2BEAT_FIXTURE, 'utf8'))],
  ];
  const body = (url: URL): unknown => {
    for (const [pattern, answer] of routes) {
      const m = pattern.exec(url.pathname);
      if (m)
        return answer(
          m.map((g) => decodeURIComponent(g ?? '')),
          url,
        );
    }
    return undefined;
  };

  const pickFault = (path: string): Fault | null => {
    const s = scripted.find((x) => path.startsWith(x.prefix) && x.faults.length > 0);
    if (s) return s.faults.shift() as Fault;
    if (failRate > 0 && random() < failRate)
      return TRANSIENT_FAULTS[Math.floor(random() * TRANSIENT_FAULTS.length)] as Fault;
    return null;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const fault = pickFault(url.pathname);
    log.push({ path: url.pathname + url.search, outcome: fault ?? 'ok' });
    if (fault === '429') {
      res
        .writeHead(429, { 'retry-after': String(o.retryAfterSeconds ?? 1), 'content-type': 'text/plain' })
        .end('Too Many Requests');
      return;
    }
    if (fault === '500' || fault === '502' || fault === '503') {
      res.writeHead(Number(fault), { 'content-type': 'text/html' }).end('<html>upstream error</html>');
      return;
    }
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault === 'hang') return;
    if (fault === 'huge') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1 << 20, '1,');
      let sent = 0;
      const pump = () => {
        while (sent < 200) {
          sent += 1;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end('1]');
      };
      res.write('[');
      pump();
      return;
    }
    let data = body(url);
    if (data === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    if (fault === 'wrong-type' || fault === 'drift' || fault === 'empty-history') data = damage(data, fault);
    const text = JSON.stringify(data);
    const etag = `"${createHash('sha1').update(text).digest('hex')}"`;
    if (!fault && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'last-modified': LAST_MODIFIED }).end();
      return;
    }
    const headers = { 'content-type': 'application/json', etag, 'last-modified': LAST_MODIFIED };
    if (fault === 'truncated') {
      const cut = text.slice(0, Math.floor(text.length / 2));
      res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(cut) }).end(cut);
      return;
    }
    if (fault === 'drip') {
      res.writeHead(200, headers);
      let i = 0;
      const timer = setInterval(() => {
        if (res.destroyed || i >= text.length) {
          clearInterval(timer);
          res.end();
          return;
        }
        res.write(text[i++]);
      }, 200);
      res.on('close', () => clearInterval(timer));
      return;
    }
    res.writeHead(200, headers).end(text);
  };

  const server = createServer(handle);
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    script: (prefix, faults) => scripted.push({ prefix, faults: [...faults] }),
    setFailRate: (rate) => {
      failRate = rate;
    },
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Damages a `/protocol` (or DefiLlama Yields `{status, data}`) answer the way schema trouble looks in the wild. */
function damage(data: unknown, fault: 'wrong-type' | 'drift' | 'empty-history'): unknown {
  const y = structuredClone(data) as { status?: string; data?: Record<string, unknown>[] };
  if (y.status === 'success' && Array.isArray(y.data)) {
    if (fault === 'empty-history') return { ...y, data: [] };
    for (const [i, item] of y.data.entries()) {
      if (fault === 'drift') {
        item.tvlUSD = item.tvlUsd;
        delete item.tvlUsd;
      } else if (i === 3) item.apy = String(item.apy);
    }
    return y;
  }
  const d = structuredClone(data) as {
    tvl: unknown[];
    chainTvls?: Record<string, { tvl: Record<string, unknown>[] }>;
  };
  if (fault === 'empty-history') return { ...d, tvl: [], chainTvls: {} };
  const first = Object.keys(d.chainTvls ?? {})[0];
  const items = first ? d.chainTvls?.[first]?.tvl : undefined;
  if (!items) return d;
  if (fault === 'wrong-type' && items[17]) items[17].totalLiquidityUSD = String(items[17].totalLiquidityUSD);
  if (fault === 'drift') {
    for (const item of items) {
      item.totalLiquidityUsd = item.totalLiquidityUSD;
      delete item.totalLiquidityUSD;
    }
  }
  return d;
}
