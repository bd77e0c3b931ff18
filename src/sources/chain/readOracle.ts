import type { Address } from 'viem';
import type { EvmAddress, FeedRound, ReservePrice } from '../../model/chainMarket.ts';
import { aggregatorAbi, oracleAbi } from './aaveAbi.ts';
import { chainCall } from './chainCallError.ts';
import type { ChainReader } from './chainReader.ts';
import { feedHeartbeat } from './feedHeartbeats.ts';

type Round = readonly [bigint, bigint, bigint, bigint, bigint];

/**
 * Every reserve's price from the market's oracle at a block (`AaveOracle.getAssetPrice`, base currency
 * unit), its source, and for a Chainlink-style source its latest round: `updatedAt`, the age at the
 * block's time and whether that age passes the feed's heartbeat (stale, named by the feed). A price the
 * oracle cannot give (the call reverts: Aave's oracle falls back, and reverts, on a 0 or negative answer)
 * or gives as 0 is kept as a flagged reserve, not a zero.
 */
export async function readOracle(
  reader: ChainReader,
  oracle: Address,
  assets: readonly EvmAddress[],
  block: { number: bigint; timestamp: number },
  heartbeats: Readonly<Record<string, number>> = {},
): Promise<{ baseCurrencyUnit: bigint; prices: ReservePrice[] }> {
  const baseCurrencyUnit = await chainCall(
    `AaveOracle.BASE_CURRENCY_UNIT() at ${oracle}`,
    reader.source,
    () =>
      reader.client.readContract({
        address: oracle,
        abi: oracleAbi,
        functionName: 'BASE_CURRENCY_UNIT',
        blockNumber: block.number,
      }),
  );
  const r = await reader.readMany(
    assets.flatMap((asset) => [
      { address: oracle, abi: oracleAbi, functionName: 'getAssetPrice', args: [asset] },
      { address: oracle, abi: oracleAbi, functionName: 'getSourceOfAsset', args: [asset] },
    ]),
    block.number,
  );
  const sources = assets.map((_, i) => {
    const s = r[2 * i + 1];
    return s?.ok ? (s.value as EvmAddress) : null;
  });
  const feeds = [...new Set(sources.filter((s): s is EvmAddress => s !== null && !/^0x0+$/.test(s)))];
  const f = await reader.readMany(
    feeds.flatMap((feed) => [
      { address: feed, abi: aggregatorAbi, functionName: 'latestRoundData' },
      { address: feed, abi: aggregatorAbi, functionName: 'decimals' },
      { address: feed, abi: aggregatorAbi, functionName: 'description' },
    ]),
    block.number,
  );
  const rounds = new Map<string, FeedRound>();
  feeds.forEach((feed, i) => {
    const round = f[3 * i];
    if (!round?.ok) return;
    const [roundId, answer, , updatedAt] = round.value as Round;
    const decimals = f[3 * i + 1];
    const description = f[3 * i + 2];
    const heartbeatSeconds = feedHeartbeat(feed, heartbeats);
    const ageSeconds = block.timestamp - Number(updatedAt);
    rounds.set(feed, {
      decimals: decimals?.ok ? Number(decimals.value) : 0,
      description: description?.ok ? String(description.value) : '',
      roundId,
      answer,
      updatedAt: Number(updatedAt),
      heartbeatSeconds,
      ageSeconds,
      stale: heartbeatSeconds !== null && ageSeconds > heartbeatSeconds,
    });
  });
  const prices = assets.map((asset, i): ReservePrice => {
    const p = r[2 * i];
    const source = sources[i] ?? null;
    const feed = source ? (rounds.get(source) ?? null) : null;
    const price = p?.ok ? (p.value as bigint) : null;
    const problem =
      price === null
        ? `AaveOracle.getAssetPrice(${asset}) ${p && !p.ok ? p.error : 'gave no answer'}${feed && feed.answer <= 0n ? ` (its source ${source} answers ${feed.answer})` : ''}`
        : price === 0n
          ? `AaveOracle.getAssetPrice(${asset}) is 0`
          : feed?.stale
            ? `feed ${source}${feed.description ? ` (${feed.description})` : ''} is stale: updated ${feed.ageSeconds} s before the block, heartbeat ${feed.heartbeatSeconds} s`
            : null;
    return { asset, price: price === 0n ? null : price, source, feed, problem };
  });
  return { baseCurrencyUnit, prices };
}
