import { ValidationError } from '../../core/errors.ts';
import type { ChainAccount, EvmAddress, MarketSnapshot, TouchedAccounts } from '../../model/chainMarket.ts';
import type { ChainReader } from '../../sources/chain/chainReader.ts';
import { findDeploymentBlock } from '../../sources/chain/findDeploymentBlock.ts';
import { readAccounts } from '../../sources/chain/readAccounts.ts';
import { readMarketState } from '../../sources/chain/readMarketState.ts';
import type { RpcStats } from '../../sources/chain/rpcTransport.ts';
import { scanAccounts } from '../../sources/chain/scanAccounts.ts';
import type { MarketStore } from '../../store/marketStore.ts';

/** What `faultline market read` asks for. */
export type ReadMarketParameters = {
  /** The market's `PoolAddressesProvider`. */
  provider: string;
  /** The id to store the market under; default `market-<chainId>-<provider prefix>`. */
  market?: string;
  /** Block to read at; default the latest. */
  block?: number;
  /** Where the first account scan starts; default the provider's deployment block (bisection). */
  fromBlock?: number;
  /** Heartbeats (seconds) by feed address, over the known table. */
  heartbeats?: Readonly<Record<string, number>>;
  /** Blocks per `eth_getLogs`. */
  blockRange?: number;
  onProgress?: (event: ReadMarketProgress) => void;
};

/** Progress of a read, phase by phase (`done` of `total` blocks for the scan, accounts for the reads). */
export type ReadMarketProgress = {
  phase: 'state' | 'scan' | 'accounts' | 'store';
  done: number;
  total: number;
};

/** What a read did: the snapshot it stored, how much it re-read, and what it asked the node. */
export type ReadMarketResult = {
  market: string;
  chainId: number;
  block: number;
  day: string;
  reserves: number;
  accounts: number;
  /** Accounts read at this block; the others were carried over from `incrementalFrom` (no event since). */
  reread: number;
  carried: number;
  incrementalFrom: number | null;
  scannedFrom: number;
  scannedTo: number;
  /** Reserves whose price is missing, zero or stale, with why. */
  flaggedPrices: { asset: string; problem: string }[];
  rpc: RpcStats;
};

/**
 * Reads a lending market from the chain into the store (`faultline market read`): its state at the
 * block, the accounts its pool's events name (the scan resumes where a killed read stopped, range by
 * range), and each account's positions; the snapshot is written whole in one transaction. When a
 * snapshot of an earlier block of the same scan is stored, only the accounts some event touched since
 * are read again; the others keep their scaled balances, which only events change.
 */
export async function readMarket(
  deps: { store: MarketStore; reader: ChainReader },
  params: ReadMarketParameters,
): Promise<ReadMarketResult> {
  const { store, reader } = deps;
  const progress = params.onProgress ?? (() => {});
  progress({ phase: 'state', done: 0, total: 1 });
  const state = await readMarketState(reader, params.provider, {
    ...(params.block !== undefined ? { block: BigInt(params.block) } : {}),
    ...(params.heartbeats ? { heartbeats: params.heartbeats } : {}),
  });
  progress({ phase: 'state', done: 1, total: 1 });
  const market = params.market ?? `market-${state.chainId}-${state.provider.slice(2, 10).toLowerCase()}`;

  const saved = await store.marketScan(market);
  if (saved && saved.pool !== state.pool)
    throw new ValidationError(`market "${market}" was scanned on pool ${saved.pool}, not ${state.pool}`, {
      field: '--name',
    });
  const fromBlock =
    saved?.fromBlock ??
    params.fromBlock ??
    (await findDeploymentBlock(reader, state.provider, BigInt(state.block)));
  const start = saved ? saved.scannedTo + 1 : fromBlock;
  const aTokens = new Map(state.reserves.map((r) => [r.aToken, r.asset]));
  await scanAccounts(reader, state.pool, aTokens, start, state.block, {
    ...(params.blockRange ? { blockRange: params.blockRange } : {}),
    onChunk: async (chunk) => {
      await store.saveMarketScan(
        { market, provider: state.provider, pool: state.pool, fromBlock, scannedTo: chunk.toBlock },
        chunk.touched,
      );
      progress({ phase: 'scan', done: chunk.toBlock - start + 1, total: state.block - start + 1 });
    },
  });
  const scan = await store.marketScan(market);
  const touched: TouchedAccounts = scan?.touched ?? new Map();

  const previous = await store.marketSnapshot(market, state.block - 1);
  const incremental = previous !== null && previous.scannedFrom === fromBlock ? previous : null;
  const toRead: TouchedAccounts = new Map();
  const carried: ChainAccount[] = [];
  const before = new Map((incremental?.accounts ?? []).map((a) => [a.address, a]));
  for (const [account, assets] of touched) {
    const old = before.get(account);
    const seen = scan?.lastSeen.get(account) ?? Number.POSITIVE_INFINITY;
    if (incremental && seen <= incremental.block) {
      if (old) carried.push(old);
    } else toRead.set(account, new Set<EvmAddress>(assets));
  }
  const read = await readAccounts(reader, state.pool, state.reserves, toRead, BigInt(state.block), {
    onProgress: (done, total) => progress({ phase: 'accounts', done, total }),
  });
  const snapshot: MarketSnapshot = {
    ...state,
    market,
    accounts: [...read, ...carried].sort((a, b) => (a.address < b.address ? -1 : 1)),
    scannedFrom: fromBlock,
  };
  progress({ phase: 'store', done: 0, total: 1 });
  await store.writeMarketSnapshot(snapshot);
  progress({ phase: 'store', done: 1, total: 1 });
  return {
    market,
    chainId: state.chainId,
    block: state.block,
    day: state.day,
    reserves: state.reserves.length,
    accounts: snapshot.accounts.length,
    reread: toRead.size,
    carried: carried.length,
    incrementalFrom: incremental?.block ?? null,
    scannedFrom: fromBlock,
    scannedTo: Math.max(state.block, scan?.scannedTo ?? state.block),
    flaggedPrices: state.prices.flatMap((p) => (p.problem ? [{ asset: p.asset, problem: p.problem }] : [])),
    rpc: { ...reader.stats, byMethod: { ...reader.stats.byMethod } },
  };
}
