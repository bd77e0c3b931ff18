import type { Param } from './queryRows.ts';

type Run = (sql: string, params?: readonly Param[]) => Promise<void>;

/**
 * Fills `covers_from` on a dataset's TVL points (all datasets when null): the first day each point
 * stands for under DefiLlama's chart rule (`analytics/tvlDays.ts`): the day after the protocol's
 * previous daily item, or the point's own day for its first item. Rejected (flagged) points are no
 * items and cover nothing.
 */
export async function deriveCoversFrom(run: Run, dataset: string | null): Promise<void> {
  for (const table of ['protocol_chain_tvl_daily', 'protocol_tvl_daily']) {
    await run(
      `UPDATE ${table} t SET covers_from = i.covers_from FROM (
         SELECT dataset, protocol, day,
           coalesce(lag(day) OVER (PARTITION BY dataset, protocol ORDER BY day) + 1, day) AS covers_from
         FROM (SELECT DISTINCT dataset, protocol, day FROM ${table}
               WHERE flag IS NULL AND (?::VARCHAR IS NULL OR dataset = ?::VARCHAR))
       ) i
       WHERE t.dataset = i.dataset AND t.protocol = i.protocol AND t.day = i.day AND t.flag IS NULL`,
      [dataset, dataset],
    );
  }
}
