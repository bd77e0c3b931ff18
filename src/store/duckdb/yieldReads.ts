import { dayFromUnix } from '../../core/day.ts';
import type { CliffOutcome } from '../../model/cliffRule.ts';
import type { PoolYield } from '../../model/poolYield.ts';
import type {
  CliffEpisodeRow,
  PoolYieldMixDay,
  RateStrategyRow,
  ReserveRateDay,
  YieldCoverage,
  YieldPoolFilter,
  YieldPoolSpan,
  YieldReads,
} from '../yieldStore.ts';
import { yieldDaysSql } from './loads/yieldDaysSql.ts';
import type { Param } from './queryRows.ts';

type Rows = <T>(sql: string, params?: readonly Param[]) => Promise<T[]>;

const DAY = (col: string) => `strftime(${col}, '%Y-%m-%d')`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const list = (values: readonly string[]) => (values.length > 0 ? values.map(literal).join(', ') : 'NULL');

/** SQL predicate on `yield_pools p` for a filter. */
function poolPredicate(f: YieldPoolFilter): string {
  switch (f.kind) {
    case 'all':
      return 'TRUE';
    case 'pool':
      return `p.pool = ${literal(f.pool)}`;
    case 'chain':
      return `p.chain = ${literal(f.chain)}`;
    case 'projects':
      return `p.project IN (${list(f.projects)})`;
    case 'category':
      return `(lower(p.category) = ${literal(f.category.toLowerCase())} OR (p.category IS NULL AND p.project IN (${list(f.projects)})))`;
  }
}

/** The filtered pools' days (chosen as `yieldDaysSql` says) with their attributes, as `PoolYield` columns. */
const poolYieldSql = (dayWhere: string, filter: YieldPoolFilter, tokens: boolean) => `
  SELECT d.pool, p.project, p.chain, p.symbol, p.category, p.pool_meta AS "poolMeta", ${DAY('d.day')} AS day,
    d.dataset, d.tvl_usd AS "tvlUsd", d.apy, d.apy_base AS "apyBase", d.apy_reward AS "apyReward",
    d.supply_usd AS "supplyUsd", d.borrow_usd AS "borrowUsd", d.apy_base_borrow AS "apyBaseBorrow",
    d.apy_reward_borrow AS "apyRewardBorrow",
    ${tokens ? `t.reward_tokens AS "rewardTokens", ${DAY('t.tokens_day')} AS "tokensDay"` : 'NULL AS "rewardTokens", NULL AS "tokensDay"'}
  FROM (${yieldDaysSql(`${dayWhere} AND pool IN (SELECT p.pool FROM yield_pools p WHERE ${poolPredicate(filter)})`)}) d
  JOIN yield_pools p ON p.dataset = d.dataset AND p.pool = d.pool
  ${
    tokens
      ? `LEFT JOIN (
    SELECT p.pool, arg_max(p.reward_tokens, s.last_day) AS reward_tokens, max(s.last_day) AS tokens_day
    FROM yield_pools p JOIN yield_pool_spans s USING (dataset, pool)
    WHERE p.reward_tokens IS NOT NULL AND ${poolPredicate(filter)} GROUP BY p.pool) t ON t.pool = d.pool`
      : ''
  }
  ORDER BY d.pool, d.day`;

type Controls = { c30n: number | null; c30m: number | null; c90n: number | null; c90m: number | null };
const CONTROLS = `c30.pools::DOUBLE AS c30n, c30.median_change AS c30m, c90.pools::DOUBLE AS c90n, c90.median_change AS c90m`;
const CONTROL_JOINS = `LEFT JOIN yield_control_days c30 ON c30.day = e.day AND c30.horizon = 30
  LEFT JOIN yield_control_days c90 ON c90.day = e.day AND c90.horizon = 90`;
const controlsOf = ({ c30n, c30m, c90n, c90m }: Controls) => ({
  control30: c30n === null || c30m === null ? null : { pools: c30n, medianChange: c30m },
  control90: c90n === null || c90m === null ? null : { pools: c90n, medianChange: c90m },
});

/** The DuckDB store's yield reads (`rows` should read column-wise: results run to tens of thousands of rows). */
export function createYieldReads(rows: Rows): YieldReads {
  return {
    yieldCoverage: () =>
      rows<YieldCoverage>(
        `SELECT dataset, ${DAY('min(first_day)')} AS "firstDay", ${DAY('max(last_day)')} AS "lastDay",
           count(*)::DOUBLE AS pools, count(*) FILTER (WHERE last_day = last)::DOUBLE AS "poolsOnLastDay"
         FROM (SELECT *, max(last_day) OVER (PARTITION BY dataset) AS last FROM yield_pool_spans)
         GROUP BY dataset ORDER BY dataset`,
      ),

    yieldProjects: () =>
      rows<{ project: string; category: string | null }>(
        'SELECT project, mode(category) AS category FROM yield_pools GROUP BY project ORDER BY project',
      ),

    yieldPoolSpans: (filter) =>
      rows<YieldPoolSpan>(
        `SELECT s.pool, s.dataset, p.project, p.chain, p.category, ${DAY('s.first_day')} AS "firstDay",
           ${DAY('s.last_day')} AS "lastDay", s.days::DOUBLE AS days
         FROM yield_pool_spans s JOIN yield_pools p USING (dataset, pool)
         WHERE ${poolPredicate(filter)} ORDER BY s.pool, s.dataset`,
      ),

    poolYieldsOn: (day, filter) => rows<PoolYield>(poolYieldSql(`day = DATE ${literal(day)}`, filter, true)),

    poolYieldHistory: (filter) =>
      rows<PoolYieldMixDay>(`
        SELECT p.project, p.chain, ${DAY('d.day')} AS day, d.tvl_usd AS "tvlUsd", d.apy, d.apy_base AS "apyBase",
          d.apy_reward AS "apyReward", d.supply_usd AS "supplyUsd", d.apy_base_borrow AS "apyBaseBorrow",
          d.apy_reward_borrow AS "apyRewardBorrow", NULL AS "rewardTokens", NULL AS "tokensDay"
        FROM (${yieldDaysSql(`TRUE AND pool IN (SELECT p.pool FROM yield_pools p WHERE ${poolPredicate(filter)})`)}) d
        JOIN yield_pools p ON p.dataset = d.dataset AND p.pool = d.pool`),

    async cliffFactsVersion() {
      const [v] = await rows<{ version: string }>(
        `SELECT (SELECT count(*) || '/' || coalesce(bit_xor(hash(pool, day, sustained, change_30, change_90)), 0)
                   FROM yield_cliff_episodes) || '/' ||
                (SELECT count(*) || '/' || coalesce(bit_xor(hash(day, horizon, pools, median_change)), 0)
                   FROM yield_control_days) AS version`,
      );
      return v?.version ?? '';
    },

    async cliffOutcomes() {
      const found = await rows<
        Omit<CliffOutcome, 'day' | 'control30' | 'control90'> & Controls & { epoch: number }
      >(
        `SELECT (e.day - DATE '1970-01-01')::DOUBLE AS epoch, e.reward_apy AS "rewardApy", e.total_apy AS "totalApy",
           e.sustained, e.change_30 AS change30, e.change_90 AS change90, ${CONTROLS}
         FROM yield_cliff_episodes e ${CONTROL_JOINS}`,
      );
      return found.map(({ epoch, c30n, c30m, c90n, c90m, ...o }) => ({
        ...o,
        day: dayFromUnix(epoch * 86_400),
        ...controlsOf({ c30n, c30m, c90n, c90m }),
      }));
    },

    async cliffEpisodes(filter, asOf, limit) {
      const found = await rows<Omit<CliffEpisodeRow, 'control30' | 'control90'> & Controls>(
        `SELECT e.pool, p.project, p.chain, ${DAY('e.day')} AS day, e.reward_apy AS "rewardApy",
           e.total_apy AS "totalApy", e.tvl_usd AS "tvlUsd", e.sustained, e.change_30 AS change30,
           e.change_90 AS change90, ${CONTROLS}
         FROM yield_cliff_episodes e
         JOIN (SELECT pool, arg_min(project, dataset) AS project, arg_min(chain, dataset) AS chain
               FROM yield_pools p WHERE ${poolPredicate(filter)} GROUP BY pool) p USING (pool)
         ${CONTROL_JOINS}
         WHERE ?::DATE IS NULL OR e.day <= ?::DATE
         ORDER BY e.day DESC, e.pool LIMIT ${Math.max(0, Math.floor(limit))}`,
        [asOf, asOf],
      );
      return found.map(({ c30n, c30m, c90n, c90m, ...e }) => ({
        ...e,
        ...controlsOf({ c30n, c30m, c90n, c90m }),
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
