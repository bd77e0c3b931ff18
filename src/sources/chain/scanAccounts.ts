import { type Address, getAddress, zeroAddress } from 'viem';
import { SourceError } from '../../core/errors.ts';
import type { EvmAddress, TouchedAccounts } from '../../model/chainMarket.ts';
import { accountEventsAbi } from './aaveAbi.ts';
import { chainCall } from './chainCallError.ts';
import type { ChainReader } from './chainReader.ts';

/** One scanned block range and what it found. */
export type ScanChunk = { fromBlock: number; toBlock: number; logs: number; touched: TouchedAccounts };

export type ScanOptions = {
  /** Blocks per `eth_getLogs` (halved, down to 1, when the node refuses a range as too large). */
  blockRange?: number;
  /** Called after each range, in block order; a read that resumes starts after the last range it saw. */
  onChunk?: (chunk: ScanChunk) => Promise<void> | void;
};

const TOO_LARGE = /range|limit|too many|more than|exceed|size/i;

/** Adds (account, reserve) to a touched map; the zero address (mint/burn side) is not an account. */
export function touch(map: TouchedAccounts, account: string, reserve: string | null): void {
  if (account === zeroAddress) return;
  const key = getAddress(account);
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  if (reserve) set.add(getAddress(reserve));
}

/**
 * Finds the accounts of an Aave v3 pool from its events (Supply, Withdraw, Borrow, Repay, collateral
 * switches, e-mode, liquidations, and aToken `BalanceTransfer`s and `Mint`s), scanning `[fromBlock, toBlock]` with
 * `eth_getLogs` in ranges; each range is handed to `onChunk` before the next is asked for.
 */
export async function scanAccounts(
  reader: ChainReader,
  pool: Address,
  aTokens: ReadonlyMap<EvmAddress, EvmAddress>,
  fromBlock: number,
  toBlock: number,
  options: ScanOptions = {},
): Promise<void> {
  let range = Math.max(1, options.blockRange ?? 10_000);
  const addresses = [pool, ...aTokens.keys()];
  const byAToken = new Map([...aTokens].map(([a, asset]) => [a.toLowerCase(), asset]));
  for (let from = fromBlock; from <= toBlock; ) {
    const to = Math.min(toBlock, from + range - 1);
    let logs: Awaited<ReturnType<typeof getLogs>>;
    try {
      logs = await getLogs(reader, addresses, from, to);
    } catch (err) {
      if (err instanceof SourceError && !err.retryable && range > 1 && TOO_LARGE.test(err.shortMessage)) {
        range = Math.max(1, Math.floor(range / 2));
        continue;
      }
      throw err;
    }
    const touched: TouchedAccounts = new Map();
    for (const log of logs) {
      const a = log.args as Record<string, string | undefined>;
      switch (log.eventName) {
        case 'Supply':
        case 'MintUnbacked':
        case 'Borrow':
          touch(touched, a.onBehalfOf ?? zeroAddress, a.reserve ?? null);
          break;
        case 'UserEModeSet':
          touch(touched, a.user ?? zeroAddress, null);
          break;
        case 'LiquidationCall':
          touch(touched, a.user ?? zeroAddress, a.collateralAsset ?? null);
          touch(touched, a.user ?? zeroAddress, a.debtAsset ?? null);
          break;
        case 'Mint':
          touch(touched, a.onBehalfOf ?? zeroAddress, byAToken.get(log.address.toLowerCase()) ?? null);
          break;
        case 'BalanceTransfer': {
          const asset = byAToken.get(log.address.toLowerCase()) ?? null;
          touch(touched, a.from ?? zeroAddress, asset);
          touch(touched, a.to ?? zeroAddress, asset);
          break;
        }
        default:
          touch(touched, a.user ?? zeroAddress, a.reserve ?? null);
      }
    }
    await options.onChunk?.({ fromBlock: from, toBlock: to, logs: logs.length, touched });
    from = to + 1;
  }
}

function getLogs(reader: ChainReader, address: Address[], from: number, to: number) {
  return chainCall(`eth_getLogs(blocks ${from}..${to})`, reader.source, () =>
    reader.client.getLogs({
      address,
      events: accountEventsAbi,
      fromBlock: BigInt(from),
      toBlock: BigInt(to),
    }),
  );
}
