import type { Address } from 'viem';
import type {
  AccountData,
  ChainAccount,
  ChainPosition,
  ChainReserve,
  EvmAddress,
  TouchedAccounts,
} from '../../model/chainMarket.ts';
import { poolAbi, scaledTokenAbi, stableDebtAbi } from './aaveAbi.ts';
import type { ChainReader, Read } from './chainReader.ts';
import { required } from './readReserves.ts';

export type ReadAccountsOptions = {
  /** Accounts per step (progress is reported after each). */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
};

/** Reserve ids whose borrowing or collateral bit is set in a user configuration bitmap. */
export function configuredReserveIds(userConfiguration: bigint): number[] {
  const ids: number[] = [];
  for (let id = 0, bits = userConfiguration; bits > 0n; id++, bits >>= 2n) if (bits & 3n) ids.push(id);
  return ids;
}

/**
 * Each account's state at a block, read in two multicall passes: its configuration bitmap, e-mode and
 * `getUserAccountData` (the contract's cross-check; null when it reverts, e.g. on a missing price); then,
 * for every reserve it touched or has a bit for, the aToken's and variable debt token's scaled balances
 * and, where the reserve carries stable debt, the stable principal, rate and last update. Positions
 * with nothing in them are left out (the rest in asset address order); so are accounts with no position
 * and no configuration.
 */
export async function readAccounts(
  reader: ChainReader,
  pool: Address,
  reserves: readonly ChainReserve[],
  accounts: TouchedAccounts,
  block: bigint,
  options: ReadAccountsOptions = {},
): Promise<ChainAccount[]> {
  const src = reader.source;
  const byAsset = new Map(reserves.map((r) => [r.asset, r]));
  const byId = new Map(reserves.map((r) => [r.id, r]));
  const list = [...accounts];
  const chunk = Math.max(1, options.chunk ?? 2000);
  const out: ChainAccount[] = [];
  for (let start = 0; start < list.length; start += chunk) {
    const part = list.slice(start, start + chunk);
    const first = await reader.readMany(
      part.flatMap(([address]) => [
        { address: pool, abi: poolAbi, functionName: 'getUserConfiguration', args: [address] },
        { address: pool, abi: poolAbi, functionName: 'getUserEMode', args: [address] },
        { address: pool, abi: poolAbi, functionName: 'getUserAccountData', args: [address] },
      ]),
      block,
    );
    const heads = part.map(([address, touched], i) => {
      const config = required<{ data: bigint }>(
        first[3 * i],
        `Pool.getUserConfiguration(${address})`,
        src,
      ).data;
      const emode = Number(required<bigint>(first[3 * i + 1], `Pool.getUserEMode(${address})`, src));
      const data = first[3 * i + 2];
      const d = data?.ok ? (data.value as readonly bigint[]) : null;
      const accountData: AccountData | null = d
        ? {
            totalCollateralBase: d[0] ?? 0n,
            totalDebtBase: d[1] ?? 0n,
            availableBorrowsBase: d[2] ?? 0n,
            currentLiquidationThreshold: d[3] ?? 0n,
            ltv: d[4] ?? 0n,
            healthFactor: d[5] ?? 0n,
          }
        : null;
      const held = new Set<EvmAddress>(touched);
      for (const id of configuredReserveIds(config)) {
        const r = byId.get(id);
        if (r) held.add(r.asset);
      }
      const inPool = [...held].map((a) => byAsset.get(a)).filter((r): r is ChainReserve => r !== undefined);
      return { address, config, emode, accountData, reserves: inPool };
    });
    const reads: Read[] = [];
    for (const h of heads)
      for (const r of h.reserves) {
        reads.push(
          { address: r.aToken, abi: scaledTokenAbi, functionName: 'scaledBalanceOf', args: [h.address] },
          {
            address: r.variableDebtToken,
            abi: scaledTokenAbi,
            functionName: 'scaledBalanceOf',
            args: [h.address],
          },
        );
        if (r.totalStableDebt > 0n)
          for (const functionName of [
            'principalBalanceOf',
            'getUserStableRate',
            'getUserLastUpdated',
          ] as const)
            reads.push({ address: r.stableDebtToken, abi: stableDebtAbi, functionName, args: [h.address] });
      }
    const second = await reader.readMany(reads, block);
    let k = 0;
    const next = () => second[k++];
    for (const h of heads) {
      const positions: ChainPosition[] = [];
      for (const r of h.reserves) {
        const a = required<bigint>(next(), `aToken(${r.symbol}).scaledBalanceOf(${h.address})`, src);
        const v = required<bigint>(
          next(),
          `variableDebtToken(${r.symbol}).scaledBalanceOf(${h.address})`,
          src,
        );
        let stableDebt: ChainPosition['stableDebt'] = null;
        if (r.totalStableDebt > 0n) {
          const principal = required<bigint>(
            next(),
            `stableDebtToken(${r.symbol}).principalBalanceOf(${h.address})`,
            src,
          );
          const rate = required<bigint>(
            next(),
            `stableDebtToken(${r.symbol}).getUserStableRate(${h.address})`,
            src,
          );
          const updated = required<number>(
            next(),
            `stableDebtToken(${r.symbol}).getUserLastUpdated(${h.address})`,
            src,
          );
          if (principal > 0n) stableDebt = { principal, rate, updatedAt: Number(updated) };
        }
        if (a > 0n || v > 0n || stableDebt)
          positions.push({ asset: r.asset, scaledATokenBalance: a, scaledVariableDebt: v, stableDebt });
      }
      if (positions.length === 0 && h.config === 0n) continue;
      positions.sort((x, y) => (x.asset < y.asset ? -1 : x.asset > y.asset ? 1 : 0));
      out.push({
        address: h.address,
        emodeCategory: h.emode,
        userConfiguration: h.config,
        positions,
        accountData: h.accountData,
        accountDataBlock: Number(block),
      });
    }
    options.onProgress?.(Math.min(list.length, start + chunk), list.length);
  }
  return out;
}
