import { CHAINS, isBitcoinSide } from '../../model/chains.ts';
import type { Param } from './queryRows.ts';

type Run = (sql: string, params?: readonly Param[]) => Promise<void>;

/** Bitcoin and the Bitcoin-side chains of the registry, as a SQL list. */
const BTC_SIDE = [...CHAINS.keys()]
  .filter(isBitcoinSide)
  .map((id) => `'${id}'`)
  .join(', ');

/**
 * Which rows to derive: a whole dataset, one protocol of a dataset, or everything (both null);
 * `changed` names the point tables that got rows (default both), so an untouched one is not rescanned.
 */
export type DeriveScope = {
  dataset: string | null;
  protocol?: string;
  changed?: readonly ('protocol_chain_tvl_daily' | 'protocol_tvl_daily')[];
};

/**
 * Derives what the TVL reads need from stored points, inside the transaction that wrote them:
 * - `covers_from`: the first day each point stands for under DefiLlama's chart rule
 *   (`analytics/tvlDays.ts`): the day after the protocol's previous daily item, or the point's own day
 *   for its first item. A day with a rejected (flagged) point is no item (DefiLlama rejects the whole
 *   update): none of that day's points covers anything (NULL), and the gap is filled by the next item.
 * - `covers_from_all`: the same with flagged points counted as items (`--include-flagged`).
 * - `protocol_daily_totals`: each protocol's core TVL per item day over all chains (and the part on Bitcoin
 *   and Bitcoin layers), from per-chain rows (`source` = chain) and from protocol-wide rows (`protocol`);
 *   readers prefer the per-chain rows of a protocol that has both.
 */
export async function deriveTvlFacts(run: Run, { dataset, protocol, changed }: DeriveScope): Promise<void> {
  const scope =
    '(?::VARCHAR IS NULL OR dataset = ?::VARCHAR) AND (?::VARCHAR IS NULL OR protocol = ?::VARCHAR)';
  const params = [dataset, dataset, protocol ?? null, protocol ?? null];
  for (const table of changed ?? ['protocol_chain_tvl_daily', 'protocol_tvl_daily']) {
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
      [...params, ...params],
    );
  }
  await run(`DELETE FROM protocol_daily_totals WHERE ${scope}`, params);
  await run(
    `INSERT INTO protocol_daily_totals
     SELECT dataset, protocol, day, 'chain', sum(tvl_usd), coalesce(sum(tvl_usd) FILTER (WHERE chain IN (${BTC_SIDE})), 0)
     FROM protocol_chain_tvl_daily WHERE covers_from IS NOT NULL AND section = 'tvl' AND ${scope} GROUP BY ALL`,
    params,
  );
  await run(
    `INSERT INTO protocol_daily_totals
     SELECT dataset, protocol, day, 'protocol', tvl_usd, 0 FROM protocol_tvl_daily
     WHERE covers_from IS NOT NULL AND section = 'tvl' AND ${scope}`,
    params,
  );
}
