import { type Address, getAddress, isAddress, zeroAddress } from 'viem';
import { dayFromUnix } from '../../core/day.ts';
import { SourceError, ValidationError } from '../../core/errors.ts';
import type { MarketSnapshot } from '../../model/chainMarket.ts';
import { oracleAbi, poolAbi, providerAbi } from './aaveAbi.ts';
import { chainCall } from './chainCallError.ts';
import type { ChainReader } from './chainReader.ts';
import { readOracle } from './readOracle.ts';
import { readReserves } from './readReserves.ts';
import { readSentinel } from './readSentinel.ts';

/** A market's state at a block: everything in a snapshot but the accounts. */
export type MarketState = Omit<MarketSnapshot, 'market' | 'accounts' | 'scannedFrom'>;

export type ReadMarketStateOptions = {
  /** The block to read at; default the latest. */
  block?: bigint;
  /** Heartbeats (seconds) by feed address, over the known table. */
  heartbeats?: Readonly<Record<string, number>>;
};

/**
 * Reads an Aave-v3-compatible market's state from its `PoolAddressesProvider` at one block: the pool,
 * every reserve, the oracle's prices with their feeds' ages, e-mode categories and the sentinel. An
 * address that is not a provider, or whose pool does not answer as a pool, is a `ValidationError`
 * naming the call; transport trouble is a `SourceError` naming the call.
 */
export async function readMarketState(
  reader: ChainReader,
  providerAddress: string,
  options: ReadMarketStateOptions = {},
): Promise<MarketState> {
  const src = reader.source;
  if (!isAddress(providerAddress, { strict: false }))
    throw new ValidationError(`not an address: "${providerAddress}"`, { field: '--provider' });
  const provider = getAddress(providerAddress);
  const chainId = await chainCall('eth_chainId', src, () => reader.client.getChainId());
  const number =
    options.block ?? (await chainCall('eth_blockNumber', src, () => reader.client.getBlockNumber()));
  const block = await chainCall(`eth_getBlockByNumber(${number})`, src, () =>
    reader.client.getBlock({ blockNumber: number }),
  );
  const code = await chainCall(`eth_getCode(${provider})`, src, () =>
    reader.client.getCode({ address: provider, blockNumber: number }),
  );
  if (!code || code === '0x')
    throw new ValidationError(`no contract at ${provider} at block ${number}: not a PoolAddressesProvider`, {
      source: src,
      field: '--provider',
    });
  const notProvider = (call: string) => async (work: () => Promise<Address>) => {
    try {
      const address = await chainCall(`PoolAddressesProvider.${call}() at ${provider}`, src, work);
      return address;
    } catch (err) {
      if (err instanceof SourceError && !err.retryable)
        throw new ValidationError(
          `${err.shortMessage}: not a PoolAddressesProvider`,
          { source: src, field: '--provider' },
          { cause: err },
        );
      throw err;
    }
  };
  const read = (functionName: 'getPool' | 'getPriceOracle' | 'getPriceOracleSentinel') =>
    notProvider(functionName)(() =>
      reader.client.readContract({ address: provider, abi: providerAbi, functionName, blockNumber: number }),
    );
  const pool = await read('getPool');
  if (pool === zeroAddress)
    throw new ValidationError(`PoolAddressesProvider.getPool() at ${provider} is the zero address: no pool`, {
      source: src,
      field: '--provider',
    });
  const oracle = await read('getPriceOracle');
  const sentinel = await read('getPriceOracleSentinel');
  try {
    await chainCall(`Pool.ADDRESSES_PROVIDER() at ${pool}`, src, () =>
      reader.client.readContract({
        address: pool,
        abi: poolAbi,
        functionName: 'ADDRESSES_PROVIDER',
        blockNumber: number,
      }),
    );
  } catch (err) {
    if (err instanceof SourceError && !err.retryable)
      throw new ValidationError(
        `${err.shortMessage}: ${pool} is not an Aave v3 pool`,
        { source: src, field: '--provider' },
        { cause: err },
      );
    throw err;
  }
  const { reserves, emodes } = await readReserves(reader, pool, number);
  const { baseCurrencyUnit, prices } = await readOracle(
    reader,
    oracle,
    reserves.map((r) => r.asset),
    { number, timestamp: Number(block.timestamp) },
    options.heartbeats,
  );
  for (const e of emodes) {
    if (e.priceSource === zeroAddress) continue;
    e.sourcePrice = await chainCall(`AaveOracle.getAssetPrice(${e.priceSource}) (e-mode ${e.id})`, src, () =>
      reader.client.readContract({
        address: oracle,
        abi: oracleAbi,
        functionName: 'getAssetPrice',
        args: [e.priceSource],
        blockNumber: number,
      }),
    );
  }
  return {
    chainId,
    provider,
    pool,
    oracle,
    block: Number(number),
    blockTimestamp: Number(block.timestamp),
    day: dayFromUnix(Number(block.timestamp)),
    baseCurrencyUnit,
    reserves,
    prices,
    emodes,
    sentinel: sentinel === zeroAddress ? null : await readSentinel(reader, sentinel, number),
  };
}
