import { CLIFF_RULE } from '../../../model/cliffRule.ts';
import type { SqlTx } from '../session.ts';
import { yieldDaysSql } from './yieldDaysSql.ts';

const R = CLIFF_RULE;
const following = (from: number, to: number) =>
  `(PARTITION BY pool ORDER BY day RANGE BETWEEN INTERVAL ${from} DAY FOLLOWING AND INTERVAL ${to} DAY FOLLOWING)`;
/**
 * Derives the yield facts from every stored pool-day, inside the transaction that wrote them:
 * `yield_pool_spans` (each pool's first and last day per dataset, so a question finds its day without
 * scanning the days), and the incentive-cliff facts (the rule is `CLIFF_RULE`, model/cliffRule.ts):
 * `yield_cliff_episodes` (each episode's
 * baseline day, reward and total APY, TVL, whether the fall lasted, TVL change after 30 and 90 days)
 * and `yield_control_days` (per day and horizon, the number of control pools and their median TVL
 * change). Pool-days whose reward APY is unknown take no part. Replaces the previous facts whole: the
 * control groups span every pool, so a new day of any pool can change them.
 */
export async function deriveYieldFacts(tx: SqlTx): Promise<void> {
  await tx.run('DELETE FROM yield_pool_spans');
  await tx.run(
    `INSERT INTO yield_pool_spans SELECT dataset, pool, min(day), max(day), count(*) FROM yield_pool_days GROUP BY ALL`,
  );
  await tx.run('DELETE FROM yield_cliff_episodes');
  await tx.run('DELETE FROM yield_control_days');
  await tx.run(
    `CREATE OR REPLACE TEMP TABLE yf_base AS
     SELECT pool, day, tvl_usd, reward_resolved AS r, coalesce(apy, apy_base + reward_resolved) AS total
     FROM (${yieldDaysSql()}) WHERE reward_resolved IS NOT NULL`,
  );
  const eligible = `r >= ${R.minRewardApy} AND total <= ${R.maxApy} AND tvl_usd >= ${R.minTvlUsd}`;
  const [h1, h2] = R.horizons;
  // Outcomes: TVL on the last day with data in (day + h − slack, day + h] (a window frame, not an as-of
  // join: DuckDB plans as-of joins on tables made in the same transaction very slowly).
  await tx.run(
    `CREATE OR REPLACE TEMP TABLE yf_win AS
     SELECT *, ${eligible} AS eligible, min(r) OVER ${following(1, R.windowDays)} < ${R.fall} * r AS falls,
       max(r) OVER ${following(R.windowDays + 1, R.windowDays + R.sustainDays)} AS max_after,
       ${R.horizons
         .map(
           (h) => `min(r) OVER ${following(1, h)} AS min_${h},
       last_value(tvl_usd) OVER ${following(h - R.outcomeSlackDays + 1, h)} / tvl_usd - 1 AS change_${h}`,
         )
         .join(',\n       ')}
     FROM yf_base`,
  );
  await tx.run(
    `INSERT INTO yield_cliff_episodes
     SELECT pool, day, r, total, tvl_usd, CASE WHEN max_after IS NOT NULL THEN max_after < ${R.fall} * r END,
       change_${h1}, change_${h2}
     FROM (SELECT *, eligible AND falls AS starts, lead(eligible AND falls) OVER (PARTITION BY pool ORDER BY day) AS next_starts,
             lead(day) OVER (PARTITION BY pool ORDER BY day) AS next_day FROM yf_win)
     WHERE starts AND NOT (coalesce(next_starts, FALSE) AND next_day = day + 1)`,
  );
  for (const h of R.horizons) {
    await tx.run(
      `INSERT INTO yield_control_days
       SELECT day, ${h}, count(*), median(change_${h}) FROM yf_win
       WHERE eligible AND min_${h} >= ${R.fall} * r AND change_${h} IS NOT NULL GROUP BY day`,
    );
  }
  await tx.run('DROP TABLE yf_win');
  await tx.run('DROP TABLE yf_base');
}
