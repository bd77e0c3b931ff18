import type { Day } from '../../../core/day.ts';
import type { StagedLoads } from '../../stagedLoads.ts';
import { mapChains } from './mapChains.ts';
import { stageParquet } from './stageParquet.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages a DefiLlama `/pools` snapshot (parquet) and its enriched subset (`state`: stablecoin, exposure,
 * pool meta) and writes them to `yield_pools` (with reward and underlying token lists) and
 * `yield_pool_days` on `day`. Returns the rows read of each file and what the flags need: pools last
 * updated more than a day before `day`, the enriched file's own days, and its pools missing from the
 * snapshot.
 */
export async function loadPoolsSnapshot(
  tx: StageTx,
  dataset: string,
  pools: string,
  state: string,
  day: Day,
): ReturnType<StagedLoads['loadPoolsSnapshot']> {
  const rows = await stageParquet(tx, pools, {
    pool: ['VARCHAR', 'text'],
    protocol_slug: ['VARCHAR', 'text'],
    chain: ['VARCHAR', 'text'],
    symbol: ['VARCHAR', 'text?'],
    underlying_tokens: ['VARCHAR[]', 'text?'],
    reward_tokens: ['VARCHAR[]', 'text?'],
    timestamp: ['VARCHAR', 'timestamp'],
    tvl_usd: ['DOUBLE', 'nonNegative'],
    apy: ['DOUBLE', 'number?'],
    apy_base: ['DOUBLE', 'number?'],
    apy_reward: ['DOUBLE', 'number?'],
  });
  const stateRows = await stageParquet(
    tx,
    state,
    {
      dt: ['VARCHAR', 'day'],
      pool: ['VARCHAR', 'text'],
      pool_meta: ['VARCHAR', 'text?'],
      stablecoin: ['BOOLEAN', 'text?'],
      exposure: ['VARCHAR', 'text?'],
    },
    'stage_state',
  );
  await mapChains(tx, 'stage', 'chain');
  await tx.run(
    `INSERT INTO yield_pools
     SELECT ?, p.pool, p.protocol_slug, m.id, p.symbol, NULL, st.pool_meta, p.reward_tokens, p.underlying_tokens,
       st.stablecoin, st.exposure, 'row ' || p.row
     FROM stage p JOIN chain_map m ON m.raw = p.chain
     LEFT JOIN (SELECT pool, arg_max(pool_meta, row) AS pool_meta, arg_max(stablecoin, row) AS stablecoin,
                  arg_max(exposure, row) AS exposure FROM stage_state GROUP BY pool) st ON st.pool = p.pool`,
    [dataset],
  );
  await tx.run(
    `INSERT INTO yield_pool_days (dataset, pool, day, tvl_usd, apy, apy_base, apy_reward)
     SELECT ?, pool, ?::DATE, tvl_usd, apy, apy_base, apy_reward FROM stage`,
    [dataset, day],
  );
  const [r] = await tx.rows<{ stale: number; stateDays: Day[]; stateOnly: number }>(
    `SELECT (SELECT count(*)::DOUBLE FROM stage WHERE timestamp::TIMESTAMP::DATE < ?::DATE - 1) AS stale,
       (SELECT list(DISTINCT dt ORDER BY dt) FROM stage_state) AS "stateDays",
       (SELECT count(*)::DOUBLE FROM stage_state WHERE pool NOT IN (SELECT pool FROM stage)) AS "stateOnly"`,
    [day],
  );
  return { rows, stateRows, stale: 0, stateDays: [], stateOnly: 0, ...r };
}
