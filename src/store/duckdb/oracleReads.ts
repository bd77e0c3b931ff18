import type { OracleReads } from '../oracleReads.ts';
import type { Rows } from './queryRows.ts';

const DAY = (col: string) => `strftime(${col}, '%Y-%m-%d')`;

/** The oracle reads of the DuckDB store: `oracle_findings`, `oracle_rounds` and the market snapshots' prices. */
export function createOracleReads(rows: Rows): OracleReads {
  return {
    oracleFindings: () =>
      rows(
        `SELECT dataset, feed, pair, kind, round_id AS "roundId", ${DAY('day')} AS day, at_unix::DOUBLE AS at,
           seen_at AS "seenAt", gap_seconds::DOUBLE AS "gapSeconds", heartbeat_seconds::DOUBLE AS "heartbeatSeconds",
           grace_seconds AS "graceSeconds", move, deviation, file
         FROM oracle_findings ORDER BY day, feed, at_unix`,
      ),

    marketStaleReads: () =>
      rows(
        `SELECT p.market, p.block::DOUBLE AS block, ${DAY('s.day')} AS day, p.asset, r.symbol, lower(p.source) AS feed,
           coalesce(nullif(p.feed_description, ''), lower(p.source)) AS pair, p.round_id AS "roundId",
           p.updated_at::DOUBLE AS "updatedAt", s.block_time::DOUBLE AS "readAt",
           p.heartbeat_seconds::DOUBLE AS "heartbeatSeconds"
         FROM market_prices p JOIN market_snapshots s ON s.market = p.market AND s.block = p.block
           LEFT JOIN market_reserves r ON r.market = p.market AND r.block = p.block AND r.asset = p.asset
         WHERE p.stale AND p.source IS NOT NULL AND p.updated_at IS NOT NULL
         ORDER BY s.day, p.market, p.asset`,
      ),

    oracleFeedDays: () =>
      rows(
        `WITH observed AS (
           SELECT DISTINCT dataset, feed, pair, day FROM oracle_rounds WHERE day IS NOT NULL),
         stale AS (
           SELECT dataset, feed, day, count(*) AS n, max(gap_seconds) AS gap, arg_max(round_id, gap_seconds) AS round_id,
             arg_max(heartbeat_seconds, gap_seconds) AS heartbeat
           FROM oracle_findings WHERE kind = 'stale-oracle' GROUP BY dataset, feed, day)
         SELECT 'rounds' AS origin, o.dataset, NULL AS market, o.feed, o.pair, ${DAY('o.day')} AS day,
           coalesce(s.n, 0)::DOUBLE AS "staleFindings", s.gap::DOUBLE AS "gapSeconds", s.round_id AS "roundId",
           s.heartbeat::DOUBLE AS "heartbeatSeconds"
         FROM observed o LEFT JOIN stale s ON s.dataset = o.dataset AND s.feed = o.feed AND s.day = o.day
         UNION ALL
         SELECT 'market', NULL, p.market, lower(p.source), coalesce(nullif(any_value(p.feed_description), ''), lower(p.source)),
           ${DAY('s.day')}, NULL, max(p.age_seconds)::DOUBLE, arg_max(p.round_id, p.age_seconds),
           arg_max(p.heartbeat_seconds, p.age_seconds)::DOUBLE
         FROM market_prices p JOIN market_snapshots s ON s.market = p.market AND s.block = p.block
         WHERE p.source IS NOT NULL AND p.updated_at IS NOT NULL
         GROUP BY p.market, lower(p.source), s.day
         ORDER BY day`,
      ),
  };
}
