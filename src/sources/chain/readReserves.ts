import type { Address } from 'viem';
import { SourceError } from '../../core/errors.ts';
import type { ChainEmode, ChainReserve, EvmAddress } from '../../model/chainMarket.ts';
import { decodeReserveConfiguration } from '../../model/reserveConfiguration.ts';
import { erc20Abi, poolAbi, strategyAbi } from './aaveAbi.ts';
import { chainCall } from './chainCallError.ts';
import type { ChainReader, Read, ReadResult } from './chainReader.ts';

type ReserveData = {
  configuration: { data: bigint };
  liquidityIndex: bigint;
  currentLiquidityRate: bigint;
  variableBorrowIndex: bigint;
  currentVariableBorrowRate: bigint;
  currentStableBorrowRate: bigint;
  lastUpdateTimestamp: number;
  id: number;
  aTokenAddress: Address;
  stableDebtTokenAddress: Address;
  variableDebtTokenAddress: Address;
  interestRateStrategyAddress: Address;
  accruedToTreasury: bigint;
  unbacked: bigint;
  isolationModeTotalDebt: bigint;
};

/** The value of a read that must have succeeded, or a `SourceError` naming the call. */
export function required<T>(result: ReadResult | undefined, call: string, source: string): T {
  if (!result) throw new SourceError(`${call}: no answer`, { source, retryable: true });
  if (!result.ok) throw new SourceError(`${call}: ${result.error}`, { source, retryable: result.retryable });
  return result.value as T;
}

const optional = <T>(result: ReadResult | undefined): T | null => (result?.ok ? (result.value as T) : null);

/**
 * Every reserve of a pool at a block: `getReserveData` (configuration decoded, indexes, rates), the
 * token's symbol, the aToken's and debt tokens' total supplies, the underlying the aToken holds, and the
 * rate strategy's v3.0 parameters (null when the strategy has other getters); then the e-mode categories
 * the reserves use (`getEModeCategoryData`, v3.0 to v3.1).
 */
export async function readReserves(
  reader: ChainReader,
  pool: Address,
  block: bigint,
): Promise<{ reserves: ChainReserve[]; emodes: ChainEmode[] }> {
  const src = reader.source;
  const list = await chainCall(`Pool.getReservesList() at ${pool}`, src, () =>
    reader.client.readContract({
      address: pool,
      abi: poolAbi,
      functionName: 'getReservesList',
      blockNumber: block,
    }),
  );
  const dataResults = await reader.readMany(
    list.map((asset) => ({ address: pool, abi: poolAbi, functionName: 'getReserveData', args: [asset] })),
    block,
  );
  const data = list.map((asset, i) =>
    required<ReserveData>(dataResults[i], `Pool.getReserveData(${asset})`, src),
  );
  const perReserve = 9;
  const reads: Read[] = data.flatMap((d, i) => {
    const asset = list[i] as Address;
    const s = d.interestRateStrategyAddress;
    return [
      { address: asset, abi: erc20Abi, functionName: 'symbol' },
      { address: d.aTokenAddress, abi: erc20Abi, functionName: 'totalSupply' },
      { address: d.variableDebtTokenAddress, abi: erc20Abi, functionName: 'totalSupply' },
      { address: d.stableDebtTokenAddress, abi: erc20Abi, functionName: 'totalSupply' },
      { address: asset, abi: erc20Abi, functionName: 'balanceOf', args: [d.aTokenAddress] },
      { address: s, abi: strategyAbi, functionName: 'OPTIMAL_USAGE_RATIO' },
      { address: s, abi: strategyAbi, functionName: 'getBaseVariableBorrowRate' },
      { address: s, abi: strategyAbi, functionName: 'getVariableRateSlope1' },
      { address: s, abi: strategyAbi, functionName: 'getVariableRateSlope2' },
    ];
  });
  const r = await reader.readMany(reads, block);
  const reserves = data.map((d, i): ChainReserve => {
    const asset = list[i] as EvmAddress;
    const at = (k: number) => r[i * perReserve + k];
    const strategy = [5, 6, 7, 8].map((k) => optional<bigint>(at(k)));
    const [optimal, base, slope1, slope2] = strategy;
    return {
      asset,
      symbol: optional<string>(at(0)) ?? asset,
      id: d.id,
      aToken: d.aTokenAddress,
      stableDebtToken: d.stableDebtTokenAddress,
      variableDebtToken: d.variableDebtTokenAddress,
      interestRateStrategy: d.interestRateStrategyAddress,
      configurationRaw: d.configuration.data,
      configuration: decodeReserveConfiguration(d.configuration.data),
      liquidityIndex: d.liquidityIndex,
      variableBorrowIndex: d.variableBorrowIndex,
      liquidityRate: d.currentLiquidityRate,
      variableBorrowRate: d.currentVariableBorrowRate,
      stableBorrowRate: d.currentStableBorrowRate,
      lastUpdateTimestamp: Number(d.lastUpdateTimestamp),
      accruedToTreasuryScaled: d.accruedToTreasury,
      unbacked: d.unbacked,
      isolationModeTotalDebt: d.isolationModeTotalDebt,
      totalSupplied: required<bigint>(at(1), `aToken.totalSupply() of ${asset}`, src),
      totalVariableDebt: required<bigint>(at(2), `variableDebtToken.totalSupply() of ${asset}`, src),
      totalStableDebt: required<bigint>(at(3), `stableDebtToken.totalSupply() of ${asset}`, src),
      availableLiquidity: required<bigint>(at(4), `${asset}.balanceOf(aToken)`, src),
      strategy:
        optimal !== null && optimal !== undefined && base != null && slope1 != null && slope2 != null
          ? {
              optimalUsageRatio: optimal,
              baseVariableBorrowRate: base,
              variableRateSlope1: slope1,
              variableRateSlope2: slope2,
            }
          : null,
    };
  });
  const ids = [...new Set(reserves.map((x) => x.configuration.emodeCategory).filter((id) => id !== 0))];
  const emodeResults = await reader.readMany(
    ids.map((id) => ({ address: pool, abi: poolAbi, functionName: 'getEModeCategoryData', args: [id] })),
    block,
  );
  const emodes = ids.map((id, i): ChainEmode => {
    const e = required<{
      ltv: number;
      liquidationThreshold: number;
      liquidationBonus: number;
      priceSource: EvmAddress;
      label: string;
    }>(emodeResults[i], `Pool.getEModeCategoryData(${id})`, src);
    return {
      id,
      label: e.label,
      ltvBps: e.ltv,
      liquidationThresholdBps: e.liquidationThreshold,
      liquidationBonusBps: e.liquidationBonus,
      priceSource: e.priceSource,
      sourcePrice: null,
    };
  });
  return { reserves, emodes };
}
