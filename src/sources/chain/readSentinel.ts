import type { Address } from 'viem';
import type { EvmAddress, SentinelState } from '../../model/chainMarket.ts';
import { aggregatorAbi, sentinelAbi } from './aaveAbi.ts';
import type { ChainReader } from './chainReader.ts';
import { required } from './readReserves.ts';

/**
 * A market's `PriceOracleSentinel` at a block and the sequencer feed it reads (aave-v3-core
 * `PriceOracleSentinel.sol`: answer 0 = sequencer up; borrowing and liquidations wait `gracePeriod`
 * seconds after it comes back).
 */
export async function readSentinel(
  reader: ChainReader,
  sentinel: Address,
  block: bigint,
): Promise<SentinelState> {
  const src = reader.source;
  const r = await reader.readMany(
    (['getSequencerOracle', 'getGracePeriod', 'isBorrowAllowed', 'isLiquidationAllowed'] as const).map(
      (functionName) => ({ address: sentinel, abi: sentinelAbi, functionName }),
    ),
    block,
  );
  const sequencerOracle = required<EvmAddress>(
    r[0],
    `PriceOracleSentinel.getSequencerOracle() at ${sentinel}`,
    src,
  );
  const [round] = await reader.readMany(
    [{ address: sequencerOracle, abi: aggregatorAbi, functionName: 'latestRoundData' }],
    block,
  );
  const [, answer, , updatedAt] = required<readonly bigint[]>(
    round,
    `sequencer feed ${sequencerOracle}.latestRoundData()`,
    src,
  );
  return {
    address: sentinel,
    sequencerOracle,
    gracePeriodSeconds: Number(
      required<bigint>(r[1], `PriceOracleSentinel.getGracePeriod() at ${sentinel}`, src),
    ),
    sequencerUp: answer === 0n,
    sequencerUpdatedAt: Number(updatedAt ?? 0n),
    borrowAllowed: required<boolean>(r[2], `PriceOracleSentinel.isBorrowAllowed() at ${sentinel}`, src),
    liquidationAllowed: required<boolean>(
      r[3],
      `PriceOracleSentinel.isLiquidationAllowed() at ${sentinel}`,
      src,
    ),
  };
}
