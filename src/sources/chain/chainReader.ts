import { type Abi, type Address, createPublicClient, type PublicClient } from 'viem';
import { describeCallFailure, transportFailure } from './chainCallError.ts';
import { createRpcTransport, type RpcSettings, type RpcStats } from './rpcTransport.ts';

/** Multicall3's address on every chain that has it (mds1/multicall). */
export const MULTICALL3: Address = '0xcA11bde05977b3631167028862bE2a173976CA11';

/** How reads are sent: Multicall3 (`aggregate3`, deployless where the chain has none) or one `eth_call` each. */
export type ReadMode = 'multicall' | 'single';

/** One contract read. */
export type Read = { address: Address; abi: Abi; functionName: string; args?: readonly unknown[] };

/** A read's answer, or why it failed (in words). */
export type ReadResult = { ok: true; value: unknown } | { ok: false; error: string; retryable: boolean };

/** An RPC endpoint to read a market from: a viem client on the client base's transport, and its counters. */
export type ChainReader = {
  client: PublicClient;
  /** The endpoint as errors name it (secrets dropped). */
  source: string;
  stats: RpcStats;
  mode: ReadMode;
  /** Runs many reads at one block; a failed read is reported, not thrown (a transport failure still throws). */
  readMany(reads: readonly Read[], block: bigint): Promise<ReadResult[]>;
};

export type ChainReaderOptions = {
  mode?: ReadMode;
  /** Calldata bytes per Multicall3 batch (viem's `batchSize`). */
  multicallBytes?: number;
};

/**
 * A reader on one RPC URL. In multicall mode it uses the chain's Multicall3 when it has one at the read
 * block, else viem's deployless multicall (the Multicall3 bytecode sent with each `eth_call`).
 * @example const reader = createChainReader('http://127.0.0.1:8545', { ...DEFAULT_HTTP, limiter });
 */
export function createChainReader(
  url: string,
  settings: RpcSettings,
  options: ChainReaderOptions = {},
): ChainReader {
  const rpc = createRpcTransport(url, settings);
  const client = createPublicClient({ transport: rpc.transport, cacheTime: 0, batch: { multicall: false } });
  const mode = options.mode ?? 'multicall';
  const multicallBytes = options.multicallBytes ?? 48_000;
  let multicallAt: Address | null | undefined;

  const multicallAddress = async (block: bigint): Promise<Address | null> => {
    if (multicallAt === undefined) {
      const code = await client.getCode({ address: MULTICALL3, blockNumber: block });
      multicallAt = code && code !== '0x' ? MULTICALL3 : null;
    }
    return multicallAt;
  };

  const failure = (error: unknown): ReadResult => {
    const { text, retryable } = describeCallFailure(error);
    return { ok: false, error: text, retryable };
  };

  return {
    client,
    source: rpc.source,
    stats: rpc.stats,
    mode,
    async readMany(reads, block) {
      if (reads.length === 0) return [];
      if (mode === 'single')
        return Promise.all(
          reads.map((r) =>
            client
              .readContract({ ...r, args: r.args ?? [], blockNumber: block } as Parameters<
                typeof client.readContract
              >[0])
              .then(
                (value): ReadResult => ({ ok: true, value }),
                (err: unknown) => {
                  const down = transportFailure(err);
                  if (down) throw down;
                  return failure(err);
                },
              ),
          ),
        );
      const address = await multicallAddress(block);
      const results = await client.multicall({
        contracts: reads.map((r) => ({ ...r, args: r.args ?? [] })) as Parameters<
          typeof client.multicall
        >[0]['contracts'],
        allowFailure: true,
        blockNumber: block,
        batchSize: multicallBytes,
        ...(address ? { multicallAddress: address } : { deployless: true }),
      });
      const down = results.map((r) => (r.status === 'failure' ? transportFailure(r.error) : undefined));
      const first = down.find((e) => e !== undefined);
      if (first) throw first;
      return results.map((r) =>
        r.status === 'success' ? { ok: true as const, value: r.result } : failure(r.error),
      );
    },
  };
}
