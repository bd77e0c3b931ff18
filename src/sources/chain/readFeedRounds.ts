import type { Address } from 'viem';
import type { FeedRound } from '../../risk/oracle/feedViolations.ts';
import { aggregatorAbi } from './aaveAbi.ts';
import { chainCall } from './chainCallError.ts';
import type { ChainReader } from './chainReader.ts';

type RoundTuple = readonly [bigint, bigint, bigint, bigint, bigint];

/**
 * The latest `count` rounds of a Chainlink-style feed at a block (`latestRoundData`, then `getRoundData`
 * for the rounds before it, in one multicall), for the same violation detector as the files. Rounds the
 * feed does not answer (before its first, or across a phase change) are left out.
 */
export async function readFeedRounds(
  reader: ChainReader,
  feed: Address,
  count: number,
  block: bigint,
): Promise<FeedRound[]> {
  const latest = await chainCall(`${feed}.latestRoundData()`, reader.source, () =>
    reader.client.readContract({
      address: feed,
      abi: aggregatorAbi,
      functionName: 'latestRoundData',
      blockNumber: block,
    }),
  );
  const ids: bigint[] = [];
  for (let k = 1n; k < BigInt(count) && latest[0] - k > 0n; k++) ids.push(latest[0] - k);
  const results = await reader.readMany(
    ids.map((id) => ({ address: feed, abi: aggregatorAbi, functionName: 'getRoundData', args: [id] })),
    block,
  );
  const rounds = [latest, ...results.flatMap((r) => (r.ok ? [r.value as RoundTuple] : []))];
  return rounds.map(([roundId, answer, , updatedAt, answeredInRound]) => ({
    roundId,
    answer,
    updatedAt: Number(updatedAt),
    answeredInRound,
  }));
}
