import { EXTREME_APY } from '../../../model/poolYield.ts';
import type { LoadTx } from '../../store.ts';

/**
 * Writes a staged DefiLlama `/chart/{pool}` history (`stage`: timestamp, pool_id_defillama,
 * protocol_slug, chain, symbol, tvl_usd, apy, apy_base, apy_reward; `chain_map` from `mapChains`) to
 * `yield_pools` (each pool's newest project, chain and symbol) and `yield_pool_days` (the day's last
 * row where a day has several). Returns the counts the flags need.
 */
export async function insertPoolHistory(
  tx: LoadTx,
  dataset: string,
): Promise<{ protocols: string[]; relabelled: number; extreme: number }> {
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
  return counts ?? { protocols: [], relabelled: 0, extreme: 0 };
}
