import { EXTREME_APY } from '../../../model/poolYield.ts';
import type { StagedLoads } from '../../stagedLoads.ts';
import { mapChains } from './mapChains.ts';
import { stageParquet } from './stageParquet.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages a DefiLlama `/chart/{pool}` history (parquet: timestamp, pool_id_defillama, protocol_slug,
 * chain, symbol, tvl_usd, apy, apy_base, apy_reward) and writes it to `yield_pools` (each pool's newest
 * project, chain and symbol) and `yield_pool_days` (the day's last row where a day has several).
 * Returns the rows read and the counts the flags need (APYs above `EXTREME_APY` percent).
 */
export async function loadPoolHistory(
  tx: StageTx,
  dataset: string,
  file: string,
): ReturnType<StagedLoads['loadPoolHistory']> {
  const rows = await stageParquet(tx, file, {
    timestamp: ['DATE', 'timestamp'],
    pool_id_defillama: ['VARCHAR', 'text'],
    protocol_slug: ['VARCHAR', 'text'],
    chain: ['VARCHAR', 'text'],
    symbol: ['VARCHAR', 'text?'],
    tvl_usd: ['DOUBLE', 'nonNegative'],
    apy: ['DOUBLE', 'number?'],
    apy_base: ['DOUBLE', 'number?'],
    apy_reward: ['DOUBLE', 'number?'],
  });
  await mapChains(tx, 'stage', 'chain');
  await tx.run(
    `INSERT INTO yield_pools (dataset, pool, project, chain, symbol, place)
     SELECT ?, s.pool_id_defillama, arg_max(s.protocol_slug, s.row), arg_max(m.id, s.row), arg_max(s.symbol, s.row),
       'pool ' || s.pool_id_defillama
     FROM stage s JOIN chain_map m ON m.raw = s.chain GROUP BY s.pool_id_defillama`,
    [dataset],
  );
  await tx.run(
    `INSERT INTO yield_pool_days (dataset, pool, day, tvl_usd, apy, apy_base, apy_reward)
     SELECT ?, pool_id_defillama, timestamp::DATE, arg_max(tvl_usd, row), arg_max(apy, row), arg_max(apy_base, row),
       arg_max(apy_reward, row)
     FROM stage GROUP BY pool_id_defillama, timestamp::DATE`,
    [dataset],
  );
  const [counts] = await tx.rows<{ protocols: string[]; relabelled: number; extreme: number }>(
    `SELECT (SELECT list(DISTINCT protocol_slug ORDER BY protocol_slug) FROM stage) AS protocols,
       (SELECT count(*)::DOUBLE FROM (SELECT pool_id_defillama FROM stage GROUP BY 1
          HAVING count(DISTINCT (protocol_slug, chain)) > 1)) AS relabelled,
       (SELECT count(*)::DOUBLE FROM stage WHERE apy > ${EXTREME_APY}) AS extreme`,
  );
  return { rows, protocols: [], relabelled: 0, extreme: 0, ...counts };
}
