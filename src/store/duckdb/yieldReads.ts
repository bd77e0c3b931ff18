import type { Day } from '../../core/day.ts';
import type { PoolYield } from '../../model/poolYield.ts';
import type {
  CliffEpisodeRow,
  RateStrategyRow,
  ReserveRateDay,
  YieldCoverage,
  YieldReads,
} from '../yieldStore.ts';
import { yieldDaysSql } from './loads/yieldDaysSql.ts';
import type { Param } from './queryRows.ts';

type Rows = <T>(sql: string, params?: readonly Param[]) => Promise<T[]>;

const DAY = (col: string) => `strftime(${col}, '%Y-%m-%d')`;

/** Pool-days (chosen as `yieldDaysSql` says) with their pool's attributes, as `PoolYield` columns. */
const poolYieldSql = (where: string, tokens: boolean) => `
  SELECT d.pool, p.project, p.chain, p.symbol, p.category, p.pool_meta AS "poolMeta", ${DAY('d.day')} AS day,
    d.dataset, d.tvl_usd AS "tvlUsd", d.apy, d.apy_base AS "apyBase", d.apy_reward AS "apyReward",
    d.supply_usd AS "supplyUsd", d.borrow_usd AS "borrowUsd", d.apy_base_borrow AS "apyBaseBorrow",
    d.apy_reward_borrow AS "apyRewardBorrow",
    ${tokens ? `t.reward_tokens AS "rewardTokens", ${DAY('t.tokens_day')} AS "tokensDay"` : 'NULL AS "rewardTokens", NULL AS "tokensDay"'}
  FROM (${yieldDaysSql(where)}) d
  JOIN yield_pools p ON p.dataset = d.dataset AND p.pool = d.pool
  ${
    tokens
      ? `LEFT JOIN (
    SELECT l.pool, arg_max(l.reward_tokens, l.last_day) AS reward_tokens, max(l.last_day) AS tokens_day
    FROM (SELECT p2.pool, p2.reward_tokens, (SELECT max(x.day) FROM yield_pool_days x
            WHERE x.dataset = p2.dataset AND x.pool = p2.pool) AS last_day
          FROM yield_pools p2 WHERE p2.reward_tokens IS NOT NULL
            AND p2.pool IN (SELECT pool FROM yield_pool_days WHERE ${where})) l
    GROUP BY l.pool) t ON t.pool = d.pool`
      : ''
  }
  ORDER BY d.pool, d.day`;

/** The DuckDB store's yield reads. */
export function createYieldReads(rows: Rows): YieldReads {
  return {
    yieldCoverage: () =>
      rows<YieldCoverage>(
        `SELECT dataset, ${DAY('min(day)')} AS "firstDay", ${DAY('max(day)')} AS "lastDay",
           count(DISTINCT day)::DOUBLE AS days, count(*) FILTER (WHERE day = last)::DOUBLE AS pools
         FROM (SELECT *, max(day) OVER (PARTITION BY dataset) AS last FROM yield_pool_days)
         GROUP BY dataset ORDER BY dataset`,
      ),

    async latestYieldDay(asOf) {
      const [r] = await rows<{ day: Day | null }>(
        `SELECT ${DAY('max(day)')} AS day FROM yield_pool_days WHERE ?::DATE IS NULL OR day <= ?::DATE`,
        [asOf, asOf],
      );
      return r?.day ?? null;
    },

    poolYieldsOn: (day) => rows<PoolYield>(poolYieldSql(`day = DATE '${day.replaceAll("'", '')}'`, true)),

    poolYieldHistory: () => rows<PoolYield>(poolYieldSql('TRUE', false)),

    async cliffEpisodes() {
      const found = await rows<
        Omit<CliffEpisodeRow, 'control30' | 'control90'> & {
          c30n: number | null;
          c30m: number | null;
          c90n: number | null;
          c90m: number | null;
        }
      >(
        `SELECT e.pool, p.project, p.chain, ${DAY('e.day')} AS day, e.reward_apy AS "rewardApy",
           e.total_apy AS "totalApy", e.tvl_usd AS "tvlUsd", e.sustained, e.change_30 AS change30,
           e.change_90 AS change90, c30.pools::DOUBLE AS c30n, c30.median_change AS c30m,
           c90.pools::DOUBLE AS c90n, c90.median_change AS c90m
         FROM yield_cliff_episodes e
         JOIN (SELECT pool, arg_min(project, dataset) AS project, arg_min(chain, dataset) AS chain
               FROM yield_pools GROUP BY pool) p USING (pool)
         LEFT JOIN yield_control_days c30 ON c30.day = e.day AND c30.horizon = 30
         LEFT JOIN yield_control_days c90 ON c90.day = e.day AND c90.horizon = 90
         ORDER BY e.day, e.pool`,
      );
      return found.map(({ c30n, c30m, c90n, c90m, ...e }) => ({
        ...e,
        control30: c30n === null || c30m === null ? null : { pools: c30n, medianChange: c30m },
        control90: c90n === null || c90m === null ? null : { pools: c90n, medianChange: c90m },
      }));
    },

    reserveRates: () =>
      rows<ReserveRateDay>(
        `SELECT market, chain, asset, symbol, ${DAY('day')} AS day, liquidity_rate AS "liquidityRate",
           variable_borrow_rate AS "variableBorrowRate", reserve_factor AS "reserveFactor", frozen, paused
         FROM lending_reserve_rates_daily ORDER BY market, asset, day`,
      ),

    rateStrategies: () =>
      rows<RateStrategyRow>(
        `SELECT market, chain, asset, symbol, ${DAY('as_of')} AS "asOf", optimal_usage_ratio AS "optimalUsageRatio",
           base_variable_borrow_rate AS "baseVariableBorrowRate", variable_rate_slope1 AS "variableRateSlope1",
           variable_rate_slope2 AS "variableRateSlope2", reserve_factor AS "reserveFactor", strategy, file
         FROM lending_rate_strategies ORDER BY market, asset, as_of`,
      ),
  };
}
