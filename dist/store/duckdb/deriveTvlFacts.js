// src/store/duckdb/deriveTvlFacts.ts
import { CHAINS, isBitcoinSide } from "../../model/chains.js";
var BTC_SIDE = [...CHAINS.keys()].filter(isBitcoinSide).map((id) => `'${id}'`).join(", ");
async function deriveTvlFacts(run, { dataset, protocol, changed }) {
  const scope = "(?::VARCHAR IS NULL OR dataset = ?::VARCHAR) AND (?::VARCHAR IS NULL OR protocol = ?::VARCHAR)";
  const params = [dataset, dataset, protocol ?? null, protocol ?? null];
  for (const table of changed ?? ["protocol_chain_tvl_daily", "protocol_tvl_daily"]) {
    await run(
      `UPDATE ${table} t SET covers_from = i.covers_from, covers_from_all = i.covers_from_all
       FROM (
         SELECT dataset, protocol, day,
           CASE WHEN accepted THEN
             coalesce(lag(day) OVER (PARTITION BY dataset, protocol, accepted ORDER BY day) + 1, day) END AS covers_from,
           coalesce(lag(day) OVER (PARTITION BY dataset, protocol ORDER BY day) + 1, day) AS covers_from_all
         FROM (SELECT dataset, protocol, day, bool_and(flag IS NULL) AS accepted FROM ${table} WHERE ${scope} GROUP BY ALL)
       ) i
       WHERE t.dataset = i.dataset AND t.protocol = i.protocol AND t.day = i.day
         AND (?::VARCHAR IS NULL OR t.dataset = ?::VARCHAR) AND (?::VARCHAR IS NULL OR t.protocol = ?::VARCHAR)`,
      [...params, ...params]
    );
  }
  await run(`DELETE FROM protocol_daily_totals WHERE ${scope}`, params);
  await run(
    `INSERT INTO protocol_daily_totals
     SELECT dataset, protocol, day, 'chain', sum(tvl_usd), coalesce(sum(tvl_usd) FILTER (WHERE chain IN (${BTC_SIDE})), 0)
     FROM protocol_chain_tvl_daily WHERE covers_from IS NOT NULL AND section = 'tvl' AND ${scope} GROUP BY ALL`,
    params
  );
  await run(
    `INSERT INTO protocol_daily_totals
     SELECT dataset, protocol, day, 'protocol', tvl_usd, 0 FROM protocol_tvl_daily
     WHERE covers_from IS NOT NULL AND section = 'tvl' AND ${scope}`,
    params
  );
}
export {
  deriveTvlFacts
};
