import type { Address } from 'viem';
import { chainCall } from './chainCallError.ts';
import type { ChainReader } from './chainReader.ts';

/**
 * The first block at which `address` has code, by bisection on `eth_getCode` (about log₂(block) calls):
 * where an account scan must start. Needs a node that keeps historical state (an archive node).
 */
export async function findDeploymentBlock(
  reader: ChainReader,
  address: Address,
  latest: bigint,
): Promise<number> {
  const hasCode = async (block: bigint) => {
    const code = await chainCall(`eth_getCode(${address}, block ${block})`, reader.source, () =>
      reader.client.getCode({ address, blockNumber: block }),
    );
    return code !== undefined && code !== '0x';
  };
  let low = 0n;
  let high = latest;
  while (low < high) {
    const mid = (low + high) / 2n;
    if (await hasCode(mid)) high = mid;
    else low = mid + 1n;
  }
  return Number(low);
}
