import { YIELDS_LIVE_DATASET } from '../../yieldStore.ts';

/** Re-exported for `app/yield/yieldSources.ts`, which can import it from `store/yieldStore.ts`. */
export { YIELDS_LIVE_DATASET };

/**
 * Which dataset's row stands for a pool on a day when several have one: live data, then the `/pools`
 * snapshot, then the `/chart` history, then anything else (the yields-page export).
 */
const PRIORITY = `CASE dataset WHEN '${YIELDS_LIVE_DATASET}' THEN 0 WHEN 'defillama/yield-pools-snapshot' THEN 1
  WHEN 'defillama/yield-pool-history' THEN 2 ELSE 3 END`;

/**
 * SQL of the stored pool-days, one row per pool and day (the preferred dataset's), with the reward APY
 * resolved as DefiLlama's parts allow: the reward as given; else total − base where both are given (a
 * missing reward with a base that makes up the total is no reward); else unknown (NULL), never zero.
 * `where` filters `yield_pool_days` before the choice (e.g. `day = ?`).
 */
export function yieldDaysSql(where = 'TRUE'): string {
  return `SELECT * EXCLUDE (rank_), CASE WHEN apy_reward IS NOT NULL THEN apy_reward
      WHEN apy_base IS NOT NULL AND apy IS NOT NULL THEN greatest(apy - apy_base, 0) END AS reward_resolved
    FROM (SELECT *, row_number() OVER (PARTITION BY pool, day ORDER BY ${PRIORITY}, dataset) AS rank_
          FROM yield_pool_days WHERE ${where})
    WHERE rank_ = 1`;
}
