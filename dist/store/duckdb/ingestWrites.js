// src/store/duckdb/ingestWrites.ts
import { deriveTvlFacts } from "./deriveTvlFacts.js";
var DAY = (col) => `strftime(${col}, '%Y-%m-%d')`;
function createIngestParts(rows, inTransaction, commits) {
  const run = async (sql, params) => {
    await rows(sql, params);
  };
  return {
    async ingestCheckpoints(source) {
      const found = await rows(
        `SELECT source, unit, ${DAY("target_day")} AS "targetDay", ${DAY("newest_day")} AS "newestDay", etag,
           last_modified AS "lastModified", content_sha256 AS "contentSha256"
         FROM ingest_checkpoints WHERE source = ?`,
        [source]
      );
      return new Map(found.map((c) => [c.unit, c]));
    },
    ingestFailures: (source) => rows(
      `SELECT unit, ${DAY("target_day")} AS "targetDay", error FROM ingest_failures WHERE source = ? ORDER BY unit`,
      [source]
    ),
    async seriesState(protocol) {
      const found = await rows(
        `WITH s AS (SELECT chain, section, day, tvl_usd, flag FROM protocol_chain_tvl_daily
                    WHERE protocol = ?
                    UNION ALL
                    SELECT 'all', section, day, tvl_usd, flag FROM protocol_tvl_daily WHERE protocol = ?),
              last AS (SELECT chain, section, max(day) AS last_day FROM s GROUP BY ALL),
              tail AS (SELECT chain, section, day, max(tvl_usd) AS tvl_usd FROM s WHERE flag IS NULL GROUP BY chain, section, day
                       QUALIFY row_number() OVER (PARTITION BY chain, section ORDER BY day DESC) <= 8)
         SELECT l.chain, l.section, ${DAY("l.last_day")} AS "lastDay", ${DAY("t.day")} AS day, t.tvl_usd AS usd
         FROM last l LEFT JOIN tail t USING (chain, section) ORDER BY l.chain, l.section, t.day`,
        [protocol, protocol]
      );
      const byKey = /* @__PURE__ */ new Map();
      for (const r of found) {
        const key = `${r.chain}\0${r.section}`;
        let state = byKey.get(key);
        if (!state) {
          state = { chain: r.chain, section: r.section, lastDay: r.lastDay, tail: [] };
          byKey.set(key, state);
        }
        if (r.day !== null && r.usd !== null) state.tail.push({ day: r.day, usd: r.usd });
      }
      return [...byKey.values()];
    },
    commitUnit: ({ checkpoint: c, write, flags, derive }) => commits.use(
      ({ run: run2, tx, inTransaction: inTransaction2 }) => inTransaction2(async () => {
        await run2("DELETE FROM ingest_checkpoints WHERE source = ? AND unit = ?", [c.source, c.unit]);
        await run2("INSERT INTO ingest_checkpoints VALUES (?, ?, ?::DATE, ?::DATE, ?, ?, ?)", [
          c.source,
          c.unit,
          c.targetDay,
          c.newestDay,
          c.etag,
          c.lastModified,
          c.contentSha256
        ]);
        await run2("DELETE FROM ingest_failures WHERE source = ? AND unit = ?", [c.source, c.unit]);
        await write?.(tx);
        for (const f of flags) {
          await run2(
            `INSERT INTO ingest_flags SELECT ?, ?, ?, ?::DATE, ?, ?, ?, ?
             WHERE NOT EXISTS (SELECT 1 FROM ingest_flags WHERE dataset = ? AND unit = ? AND subject = ?
               AND day IS NOT DISTINCT FROM ?::DATE AND kind = ?)`,
            [f.dataset, f.unit, f.subject, f.day, f.kind, f.excluded, f.usd, f.message].concat([
              f.dataset,
              f.unit,
              f.subject,
              f.day,
              f.kind
            ])
          );
        }
        if (derive) await deriveTvlFacts(run2, derive);
      })
    ),
    recordUnitFailure: (source, unit, targetDay, error) => inTransaction(async () => {
      await run("DELETE FROM ingest_failures WHERE source = ? AND unit = ?", [source, unit]);
      await run("INSERT INTO ingest_failures VALUES (?, ?, ?::DATE, ?)", [source, unit, targetDay, error]);
    }),
    async lastDays(table, keyColumn) {
      const found = await rows(
        `SELECT ${keyColumn} AS key, ${DAY("max(day)")} AS last FROM ${table} GROUP BY ALL`
      );
      return new Map(found.map((r) => [r.key, r.last]));
    },
    ingestFlags: () => rows(
      `SELECT dataset, unit, subject, ${DAY("day")} AS day, kind, excluded, usd, message FROM ingest_flags
         ORDER BY dataset, unit, subject, day, kind`
    )
  };
}
export {
  createIngestParts
};
