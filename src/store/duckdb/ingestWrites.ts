import type { Day } from '../../core/day.ts';
import type { IngestCheckpoint, IngestWrites, SeriesState } from '../ingestWrites.ts';
import { createLoadTx } from './createLoadTx.ts';
import { deriveTvlFacts } from './deriveTvlFacts.ts';
import { createReplaceDataset } from './replaceDataset.ts';
import type { Session } from './session.ts';

const DAY = (col: string) => `strftime(${col}, '%Y-%m-%d')`;

/**
 * The ingest writes of the DuckDB store. A dataset is replaced, and reads and failure records go,
 * through the store's own connection (`session`, which follows the live engine); each unit commits on
 * a session of `commits`, its own connection, so two units' transactions can overlap (one appends while
 * the other commits). A unit's rows, flags, derived facts and checkpoint commit together or not at all,
 * so a process killed at any moment leaves whole units only.
 */
export function createIngestWrites(
  session: Session,
  commits: { use<T>(work: (s: Session) => Promise<T>): Promise<T> },
): IngestWrites {
  const { rows, run, inTransaction } = session;
  return {
    replaceDataset: createReplaceDataset(session),

    async ingestCheckpoints(source) {
      const found = await rows<IngestCheckpoint>(
        `SELECT source, unit, ${DAY('target_day')} AS "targetDay", ${DAY('newest_day')} AS "newestDay", etag,
           last_modified AS "lastModified", content_sha256 AS "contentSha256"
         FROM ingest_checkpoints WHERE source = ?`,
        [source],
      );
      return new Map(found.map((c) => [c.unit, c]));
    },

    ingestFailures: (source) =>
      rows<{ unit: string; targetDay: Day; error: string }>(
        `SELECT unit, ${DAY('target_day')} AS "targetDay", error FROM ingest_failures WHERE source = ? ORDER BY unit`,
        [source],
      ),

    async seriesState(protocol) {
      const found = await rows<{
        chain: string;
        section: string;
        lastDay: Day;
        day: Day | null;
        usd: number | null;
      }>(
        `WITH s AS (SELECT chain, section, day, tvl_usd, flag FROM protocol_chain_tvl_daily
                    WHERE protocol = ?
                    UNION ALL
                    SELECT 'all', section, day, tvl_usd, flag FROM protocol_tvl_daily WHERE protocol = ?),
              last AS (SELECT chain, section, max(day) AS last_day FROM s GROUP BY ALL),
              tail AS (SELECT chain, section, day, max(tvl_usd) AS tvl_usd FROM s WHERE flag IS NULL GROUP BY chain, section, day
                       QUALIFY row_number() OVER (PARTITION BY chain, section ORDER BY day DESC) <= 8)
         SELECT l.chain, l.section, ${DAY('l.last_day')} AS "lastDay", ${DAY('t.day')} AS day, t.tvl_usd AS usd
         FROM last l LEFT JOIN tail t USING (chain, section) ORDER BY l.chain, l.section, t.day`,
        [protocol, protocol],
      );
      const byKey = new Map<string, SeriesState>();
      for (const r of found) {
        const key = `${r.chain}\u0000${r.section}`;
        let state = byKey.get(key);
        if (!state) {
          state = { chain: r.chain, section: r.section, lastDay: r.lastDay, tail: [] };
          byKey.set(key, state);
        }
        if (r.day !== null && r.usd !== null) state.tail.push({ day: r.day, usd: r.usd });
      }
      return [...byKey.values()];
    },

    commitUnit: ({ checkpoint: c, write, flags, derive }) =>
      commits.use(({ run, tx, inTransaction }) =>
        inTransaction(async () => {
          await run('DELETE FROM ingest_checkpoints WHERE source = ? AND unit = ?', [c.source, c.unit]);
          await run('INSERT INTO ingest_checkpoints VALUES (?, ?, ?::DATE, ?::DATE, ?, ?, ?)', [
            c.source,
            c.unit,
            c.targetDay,
            c.newestDay,
            c.etag,
            c.lastModified,
            c.contentSha256,
          ]);
          await run('DELETE FROM ingest_failures WHERE source = ? AND unit = ?', [c.source, c.unit]);
          await write?.(createLoadTx(tx));
          for (const f of flags) {
            await run(
              `INSERT INTO ingest_flags SELECT ?, ?, ?, ?::DATE, ?, ?, ?, ?
             WHERE NOT EXISTS (SELECT 1 FROM ingest_flags WHERE dataset = ? AND unit = ? AND subject = ?
               AND day IS NOT DISTINCT FROM ?::DATE AND kind = ?)`,
              [f.dataset, f.unit, f.subject, f.day, f.kind, f.excluded, f.usd, f.message].concat([
                f.dataset,
                f.unit,
                f.subject,
                f.day,
                f.kind,
              ]),
            );
          }
          if (derive) await deriveTvlFacts(run, derive);
        }),
      ),

    recordUnitFailure: (source, unit, targetDay, error) =>
      inTransaction(async () => {
        await run('DELETE FROM ingest_failures WHERE source = ? AND unit = ?', [source, unit]);
        await run('INSERT INTO ingest_failures VALUES (?, ?, ?::DATE, ?)', [source, unit, targetDay, error]);
      }),

    async lastDays(table, keyColumn) {
      const found = await rows<{ key: string; last: Day }>(
        `SELECT ${keyColumn} AS key, ${DAY('max(day)')} AS last FROM ${table} GROUP BY ALL`,
      );
      return new Map(found.map((r) => [r.key, r.last]));
    },
  };
}
