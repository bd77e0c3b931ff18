// src/store/duckdb/tvlReads.ts
var DAY = (col) => `strftime(${col}, '%Y-%m-%d')`;
var literal = (text) => `'${text.replaceAll("'", "''")}'`;
var inList = (col, values) => values === null ? "" : `AND ${col} IN (${values.length > 0 ? values.map(literal).join(", ") : "NULL"})`;
function pointsCte(q) {
  const upto = (col) => q.to === null ? "" : `AND ${col} <= DATE ${literal(q.to)}`;
  const pf = (col) => `${inList(col, q.protocols)} ${q.exclude && q.exclude.length > 0 ? `AND ${col} NOT IN (${q.exclude.map(literal).join(", ")})` : ""}`;
  const classes = [...q.classes].filter(([, cls2]) => cls2 !== 0);
  const cls = classes.length > 0 ? `SELECT * FROM (VALUES ${classes.map(([p, c]) => `(${literal(p)}, ${Math.trunc(c)})`).join(", ")}) v(protocol, cls)` : "SELECT NULL::VARCHAR AS protocol, 0 AS cls WHERE false";
  const allChains = q.chains === null;
  const coversFrom = q.includeFlagged ? "covers_from_all" : "covers_from";
  const counted = (t) => `${t}${coversFrom} IS NOT NULL`;
  return `WITH cls AS (${cls}),
    c_last AS (SELECT protocol, max(day) AS last_day FROM protocol_chain_tvl_daily
      WHERE ${counted("")} ${upto("day")} ${pf("protocol")} GROUP BY protocol),
    p_only AS (SELECT * FROM protocol_tvl_daily p WHERE ${allChains} AND ${counted("")} ${upto("day")} ${pf("protocol")}
      AND NOT EXISTS (SELECT 1 FROM protocol_chain_tvl_daily c WHERE c.protocol = p.protocol AND c.section = p.section)),
    p_last AS (SELECT protocol, max(day) AS last_day FROM p_only GROUP BY protocol),
    horizon AS (SELECT max(last_day) AS h FROM (SELECT last_day FROM c_last UNION ALL SELECT last_day FROM p_last)),
    pts AS (
      SELECT t.protocol, t.chain, t.section, t.day, t.${coversFrom} AS s,
        CASE WHEN t.day = l.last_day THEN (SELECT h FROM horizon) ELSE t.day END AS e, t.tvl_usd AS v
      FROM protocol_chain_tvl_daily t JOIN c_last l ON l.protocol = t.protocol
      WHERE ${counted("t.")} ${upto("t.day")} ${inList("t.chain", q.chains)}
      UNION ALL
      SELECT t.protocol, 'all', t.section, t.day, t.${coversFrom},
        CASE WHEN t.day = l.last_day THEN (SELECT h FROM horizon) ELSE t.day END, t.tvl_usd
      FROM p_only t JOIN p_last l ON l.protocol = t.protocol)`;
}
function createTvlReads(rows) {
  return {
    tvlKeys: async () => (await rows(
      "SELECT protocol FROM protocol_chain_tvl_daily UNION SELECT protocol FROM protocol_tvl_daily ORDER BY protocol"
    )).map((r) => r.protocol),
    // Sums run in DECIMAL(38, 6): exact, so the figure does not depend on the order DuckDB's threads
    // add in and the same question gives the same cents every time (double sums differed by a cent).
    async tvlSteps(q) {
      const found = await rows(
        `${pointsCte(q)},
         d AS (
           SELECT s AS day, section, coalesce(c.cls, 0) AS cls, sum(v::DECIMAL(38, 6)) AS dv FROM pts LEFT JOIN cls c USING (protocol) GROUP BY ALL
           UNION ALL
           SELECT e + 1, section, coalesce(c.cls, 0), -sum(v::DECIMAL(38, 6)) FROM pts LEFT JOIN cls c USING (protocol) GROUP BY ALL),
         steps AS (
           SELECT day, section, cls, sum(sum(dv)) OVER (PARTITION BY section, cls ORDER BY day) AS usd
           FROM d GROUP BY day, section, cls)
         SELECT ${DAY("s.day")} AS day, s.section, s.cls::INTEGER AS cls, s.usd::DOUBLE AS usd, ${DAY("h.h")} AS horizon
         FROM horizon h LEFT JOIN steps s ON true ORDER BY s.day`
      );
      const horizon = found[0]?.horizon ?? null;
      return { horizon, steps: found.filter((s) => s.day !== null).map(({ horizon: _, ...step }) => step) };
    },
    tvlPointsOn: (q, day) => rows(
      `${pointsCte(q)}
         SELECT protocol, chain, section, ${DAY("day")} AS "pointDay", v AS usd, NULL AS flag FROM pts
           WHERE s <= ?::DATE AND e >= ?::DATE
         UNION ALL
         SELECT protocol, chain, section, ${DAY("day")}, tvl_usd, flag FROM protocol_chain_tvl_daily
           WHERE ${!q.includeFlagged} AND flag IS NOT NULL AND day = ?::DATE ${inList("chain", q.chains)} ${inList("protocol", q.protocols)}
         ORDER BY usd DESC`,
      [day, day, day]
    ),
    dailyPrices: (asset) => rows(
      `SELECT ${DAY("day")} AS day, close_usd AS value FROM prices_daily WHERE asset = ? ORDER BY day`,
      [asset]
    ),
    chainDailyTvl: (chain) => rows(
      `SELECT ${DAY("day")} AS day, tvl_usd AS value, dataset FROM chain_tvl_daily WHERE chain = ? ORDER BY day`,
      [chain]
    ),
    protocolPeaks: (asOf) => {
      const upto = asOf === null ? "" : `AND day <= DATE ${literal(asOf)}`;
      return rows(
        `WITH days AS (
           SELECT protocol, day, tvl_usd AS usd, btc_side_usd AS btc_side FROM protocol_daily_totals
           WHERE (source = 'chain' OR protocol NOT IN (SELECT protocol FROM protocol_daily_totals WHERE source = 'chain'))
             ${upto}),
         prices AS (
           SELECT day, max(close_usd) FILTER (WHERE asset = 'ETH') AS eth, max(close_usd) FILTER (WHERE asset = 'BTC') AS btc
           FROM prices_daily GROUP BY day),
         priced AS (SELECT d.*, d.usd / p.eth AS eth, d.usd / p.btc AS btc FROM days d LEFT JOIN prices p ON p.day = d.day)
         SELECT protocol, ${DAY("min(day)")} AS "firstDay", ${DAY("max(day)")} AS "latestDay",
           arg_max(usd, day) AS "latestUsd", max(usd) AS "peakUsd", ${DAY("arg_max(day, usd)")} AS "peakUsdDay",
           arg_max(eth, day) AS "latestEth", max(eth) AS "peakEth", ${DAY("arg_max(day, eth)")} AS "peakEthDay",
           arg_max(btc, day) AS "latestBtc", max(btc) AS "peakBtc", ${DAY("arg_max(day, btc)")} AS "peakBtcDay",
           coalesce(sum(btc_side) / nullif(sum(usd), 0), 0) AS "btcSideShare"
         FROM priced GROUP BY protocol ORDER BY protocol`
      );
    },
    tokenBalances: () => rows(
      `SELECT protocol, ${DAY("day")} AS day, token, sum(amount) AS amount FROM protocol_token_tvl_daily
         WHERE amount IS NOT NULL AND section = 'tvl'
         GROUP BY protocol, day, token ORDER BY protocol, day, token`
    )
  };
}
export {
  createTvlReads
};
