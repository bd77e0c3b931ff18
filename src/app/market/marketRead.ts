import { z } from 'zod';
import { createChainReader } from '../../sources/chain/chainReader.ts';
import { createHostLimits } from '../../sources/http/hostLimiter.ts';
import { DEFAULT_HTTP } from '../../sources/http/httpClient.ts';
import type { App } from '../createApp.ts';
import { documentSchema } from '../document.ts';
import { IntParam, parseParameters } from '../parameters.ts';
import { type ReadMarketProgress, readMarket } from './readMarket.ts';
import { snapshotMeta, storedSnapshot } from './storedSnapshot.ts';

const Address = z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'expected a 0x-prefixed 20-byte address');
const Count = (min: number, max: number) => IntParam.pipe(z.number().int().min(min).max(max));

export const MarketReadParameters = z.strictObject({
  rpc: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'expected an http(s) RPC URL')
    .describe('the JSON-RPC endpoint (never stored nor printed beyond its host)'),
  provider: Address.describe("the market's PoolAddressesProvider"),
  block: Count(0, Number.MAX_SAFE_INTEGER).optional().describe('block to read at (default: the latest)'),
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'lower-case letters, digits, ".", "_" and "-"')
    .optional()
    .describe('the id to store the market under (default market-<chainId>-<provider prefix>)'),
  fromBlock: Count(0, Number.MAX_SAFE_INTEGER)
    .optional()
    .describe("where the first account scan starts (default: the provider's deployment block)"),
  blockRange: Count(1, 1_000_000).default(10_000).describe('blocks per eth_getLogs'),
  heartbeat: z
    .preprocess(
      (v) =>
        Array.isArray(v)
          ? Object.fromEntries(v.map((item) => String(item).split('=')).map(([k, x]) => [k, Number(x)]))
          : v,
      z.record(Address, z.number().int().positive('a heartbeat is a positive number of seconds')),
    )
    .default({})
    .describe('heartbeats (seconds) by feed address, over the known table: 0xFEED=3600'),
  rate: Count(1, 100_000).default(50).describe('RPC requests per second at most'),
  concurrency: Count(1, 64).default(4).describe('RPC requests in flight at most'),
  retries: Count(0, 20).default(DEFAULT_HTTP.retries).describe('retries of a failed RPC request'),
});
export type MarketReadParameters = z.input<typeof MarketReadParameters>;

/**
 * `faultline.market-read/v1`: what `market read` stored: the snapshot (market, chain, block, day, counts),
 * how much it re-read and carried over, the blocks its account scan covered, the reserves whose price
 * is missing, zero or stale (naming the feed), and the RPC calls it made.
 */
export const MarketReadResult = documentSchema('faultline.market-read/v1', {
  market: z.string(),
  chainId: z.number().int(),
  block: z.number().int(),
  day: z.string(),
  reserves: z.number().int(),
  accounts: z.number().int(),
  reread: z.number().int().describe('accounts read at this block'),
  carried: z.number().int().describe('accounts carried over from an earlier snapshot (no event since)'),
  incrementalFrom: z
    .number()
    .int()
    .nullable()
    .describe('the earlier snapshot block an incremental read built on'),
  scannedFrom: z.number().int(),
  scannedTo: z.number().int(),
  flaggedPrices: z.array(z.strictObject({ asset: z.string(), problem: z.string() })),
  rpc: z.strictObject({ requests: z.number().int(), byMethod: z.record(z.string(), z.number().int()) }),
});
export type MarketReadResult = z.infer<typeof MarketReadResult>;

/**
 * Reads an Aave-v3-compatible market from an RPC into the store (`faultline market read`): reserves,
 * prices with their age, e-modes, the sentinel, and every account the pool's events name, as one dated
 * snapshot written whole; a killed read resumes its account scan, a later block re-reads only what changed.
 */
export async function marketRead(
  app: App,
  parameters: MarketReadParameters,
  onProgress?: (event: ReadMarketProgress) => void,
): Promise<MarketReadResult> {
  const p = parseParameters(MarketReadParameters, parameters, 'market read');
  const reader = createChainReader(p.rpc, {
    ...DEFAULT_HTTP,
    retries: p.retries,
    limiter: createHostLimits({ concurrency: p.concurrency, ratePerSecond: p.rate }),
  });
  const store = await app.store();
  const r = await readMarket(
    { store, reader },
    {
      provider: p.provider,
      blockRange: p.blockRange,
      heartbeats: p.heartbeat,
      ...(p.name === undefined ? {} : { market: p.name }),
      ...(p.block === undefined ? {} : { block: p.block }),
      ...(p.fromBlock === undefined ? {} : { fromBlock: p.fromBlock }),
      ...(onProgress ? { onProgress } : {}),
    },
  );
  return {
    schema: 'faultline.market-read/v1',
    ...snapshotMeta(await storedSnapshot(store, r.market, r.block)),
    ...r,
  };
}
