import type { YieldDayRow, YieldPoolRow } from '../../yieldStore.ts';
import type { SqlTx } from '../session.ts';

/** Appends a dataset's pools to `yield_pools`. */
export async function appendYieldPools(
  tx: SqlTx,
  dataset: string,
  pools: readonly YieldPoolRow[],
): Promise<void> {
  await tx.append(
    'yield_pools',
    [
      ['dataset', 'varchar'],
      ['pool', 'varchar'],
      ['project', 'varchar'],
      ['chain', 'varchar'],
      ['symbol', 'varchar'],
      ['category', 'varchar'],
      ['pool_meta', 'varchar'],
      ['reward_tokens', 'varchar[]'],
      ['underlying_tokens', 'varchar[]'],
      ['stablecoin', 'boolean'],
      ['exposure', 'varchar'],
      ['place', 'varchar'],
    ],
    pools.map((p) => [
      dataset,
      p.pool,
      p.project,
      p.chain,
      p.symbol,
      p.category,
      p.poolMeta,
      p.rewardTokens,
      p.underlyingTokens,
      p.stablecoin,
      p.exposure,
      p.place,
    ]),
  );
}

/** Appends a dataset's pool-days to `yield_pool_days` (USD, APYs in percent a year). */
export async function appendYieldDays(
  tx: SqlTx,
  dataset: string,
  days: readonly YieldDayRow[],
): Promise<void> {
  await tx.append(
    'yield_pool_days',
    [
      ['dataset', 'varchar'],
      ['pool', 'varchar'],
      ['day', 'date'],
      ['tvl_usd', 'double'],
      ['apy', 'double'],
      ['apy_base', 'double'],
      ['apy_reward', 'double'],
      ['supply_usd', 'double'],
      ['borrow_usd', 'double'],
      ['apy_base_borrow', 'double'],
      ['apy_reward_borrow', 'double'],
    ],
    days.map((d) => [
      dataset,
      d.pool,
      d.day,
      d.tvlUsd,
      d.apy,
      d.apyBase,
      d.apyReward,
      d.supplyUsd,
      d.borrowUsd,
      d.apyBaseBorrow,
      d.apyRewardBorrow,
    ]),
  );
}
