import { CHAINS } from '../../model/chains.ts';
import type { Param } from './queryRows.ts';

type Run = (sql: string, params?: readonly Param[]) => Promise<void>;

/** Bitcoin and the Bitcoin-side chains of the registry, as a SQL list. */
const BTC_SIDE = [...CHAINS.values()]
  .filter((c) => c.id === 'bitcoin' || c.layer === 'btc-layer')
  .map((c) => `'${c.id}'`)
  .join(', ');

/**
 * Derives what the TVL reads need from a dataset's stored points (all datasets when null), inside the
 * dataset's import transaction:
 * - `covers_from`: the first day each point stands for under DefiLlama's chart rule
 *   (`analytics/tvlDays.ts`): the day after the protocol's previous daily item, or the point's own day
 *   for its first item. Rejected (flagged) points are no items and cover nothing.
 * - `protocol_daily_totals`: each protocol's core TVL per day over all chains (and the part on Bitcoin
 *   and Bitcoin layers), from per-chain rows (`source` = chain) and from protocol-wide rows (`protocol`);
 *   readers prefer the per-chain rows of a protocol that has both.
 */
export async function deriveTvlFacts(run: Run, dataset: string | null): Promise<void> {
  const mine = '(?::VARCHAR IS NULL OR dataset = ?::VARCHAR)';
  for (const table of ['protocol_chain_tvl_daily', 'protocol_tvl_daily']) {
    await run(
      `UPDATE ${table} t SET covers_from = i.covers_from FROM (
         SELECT dataset, protocol, day,
           coalesce(lag(day) OVER (PARTITION BY dataset, protocol ORDER BY day) + 1, day) AS covers_from
         FROM (SELECT DISTINCT dataset, protocol, day FROM ${table} WHERE flag IS NULL AND ${mine})
       ) i
       WHERE t.dataset = i.dataset AND t.protocol = i.protocol AND t.day = i.day AND t.flag IS NULL`,
      [dataset, dataset],
    );
  }
  await run(`DELETE FROM protocol_daily_totals WHERE ${mine}`, [dataset, dataset]);
  await run(
    `INSERT INTO protocol_daily_totals
     SELECT dataset, protocol, day, 'chain', sum(tvl_usd), coalesce(sum(tvl_usd) FILTER (WHERE chain IN (${BTC_SIDE})), 0)
     FROM protocol_chain_tvl_daily WHERE flag IS NULL AND section = 'tvl' AND ${mine} GROUP BY ALL`,
    [dataset, dataset],
  );
  await run(
    `INSERT INTO protocol_daily_totals
     SELECT dataset, protocol, day, 'protocol', tvl_usd, 0 FROM protocol_tvl_daily
     WHERE flag IS NULL AND section = 'tvl' AND ${mine}`,
    [dataset, dataset],
  );
}
