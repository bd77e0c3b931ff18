import type { Day } from '../../core/day.ts';
import type { DailyFee } from '../../model/fees.ts';
import type { ProtocolSlug } from '../../model/protocol.ts';
import type {
  DailyPoint,
  ProtocolPeak,
  ProtocolSnapshot,
  TokenBalance,
  TvlPointOn,
  TvlQuery,
  TvlStep,
} from '../../model/tvl.ts';
import type { ChainMonthEnd, ProtocolChainMonthEnd, ProtocolDailyTotal, TvlReads } from '../tvlReads.ts';
import type { Rows } from './queryRows.ts';

const DAY = (col: string) => `strftime(${col}, '%Y-%m-%d')`;
const MONTH = (col: string) => `strftime(${col}, '%Y-%m')`;
/** `asOf` filter: a NULL parameter means "no cut-off". */
const UPTO = (col: string) => `(?::DATE IS NULL OR ${col} <= ?::DATE)`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const inList = (col: string, values: readonly string[] | null) =>
  values === null ? '' : `AND ${col} IN (${values.length > 0 ? values.map(literal).join(', ') : 'NULL'})`;

/**
 * The points a TVL figure sums and the days each stands for (`covers_from` .. the point's day, the last
 * item carried to the horizon): DefiLlama's chart rule, as `analytics/tvlDays.ts` states it. Protocol-wide
 * rows (`protocol_tvl_daily`) count only for all-chain figures, and only for a protocol and section
 * that have no per-chain rows.
 */
function pointsCte(q: TvlQuery): string {
  const upto = (col: string) => (q.to === null ? '' : `AND ${col} <= DATE ${literal(q.to)}`);
  const pf = (col: string) =>
    `${inList(col, q.protocols)} ${q.exclude && q.exclude.length > 0 ? `AND ${col} NOT IN (${q.exclude.map(literal).join(', ')})` : ''}`;
  const classes = [...q.classes].filter(([, cls]) => cls !== 0);
  const cls =
    classes.length > 0
      ? `SELECT * FROM (VALUES ${classes.map(([p, c]) => `(${literal(p)}, ${Math.trunc(c)})`).join(', ')}) v(protocol, cls)`
      : 'SELECT NULL::VARCHAR AS protocol, 0 AS cls WHERE false';
  const allChains = q.chains === null;
  const coversFrom = q.includeFlagged ? 'covers_from_all' : 'covers_from';
  const counted = (t: string) => `${t}${coversFrom} IS NOT NULL`;
  return `WITH cls AS (${cls}),
    c_last AS (SELECT protocol, max(day) AS last_day FROM protocol_chain_tvl_daily
      WHERE ${counted('')} ${upto('day')} ${pf('protocol')} GROUP BY protocol),
    p_only AS (SELECT * FROM protocol_tvl_daily p WHERE ${allChains} AND ${counted('')} ${upto('day')} ${pf('protocol')}
      AND NOT EXISTS (SELECT 1 FROM protocol_chain_tvl_daily c WHERE c.protocol = p.protocol AND c.section = p.section)),
    p_last AS (SELECT protocol, max(day) AS last_day FROM p_only GROUP BY protocol),
    horizon AS (SELECT max(last_day) AS h FROM (SELECT last_day FROM c_last UNION ALL SELECT last_day FROM p_last)),
    pts AS (
      SELECT t.protocol, t.chain, t.section, t.day, t.${coversFrom} AS s,
        CASE WHEN t.day = l.last_day THEN (SELECT h FROM horizon) ELSE t.day END AS e, t.tvl_usd AS v
      FROM protocol_chain_tvl_daily t JOIN c_last l ON l.protocol = t.protocol
      WHERE ${counted('t.')} ${upto('t.day')} ${inList('t.chain', q.chains)}
      UNION ALL
      SELECT t.protocol, 'all', t.section, t.day, t.${coversFrom},
        CASE WHEN t.day = l.last_day THEN (SELECT h FROM horizon) ELSE t.day END, t.tvl_usd
      FROM p_only t JOIN p_last l ON l.protocol = t.protocol)`;
}

/** The TVL reads of the DuckDB store: points under DefiLlama's chart rule, month ends, snapshots, peaks, prices. */
export function createTvlReads(rows: Rows): TvlReads {
  return {
    protocolDailyTotals: (asOf) =>
      rows<ProtocolDailyTotal>(
        `SELECT protocol, dataset, ${DAY('day')} AS day, sum(tvl_usd::DECIMAL(38, 6))::DOUBLE AS "tvlUsd" FROM protocol_chain_tvl_daily
           WHERE section = 'tvl' AND covers_from IS NOT NULL AND ${UPTO('day')} GROUP BY protocol, dataset, day
         UNION ALL
         SELECT protocol, dataset, ${DAY('day')}, tvl_usd FROM protocol_tvl_daily
           WHERE section = 'tvl' AND covers_from IS NOT NULL AND ${UPTO('day')}
         ORDER BY protocol, dataset, day`,
        [asOf, asOf, asOf, asOf],
      ),

    protocolFeesDaily: () =>
      rows<DailyFee>(
        `SELECT protocol, ${DAY('day')} AS day, kind, sum(usd::DECIMAL(38, 6))::DOUBLE AS usd
           FROM protocol_fees_daily GROUP BY ALL ORDER BY protocol, day, kind`,
      ),

    protocolBorrowedDaily: () =>
      rows<ProtocolDailyTotal>(
        `SELECT protocol, dataset, ${DAY('day')} AS day, sum(tvl_usd::DECIMAL(38, 6))::DOUBLE AS "tvlUsd"
           FROM protocol_chain_tvl_daily WHERE section = 'borrowed' AND flag IS NULL
           GROUP BY protocol, dataset, day ORDER BY protocol, dataset, day`,
      ),

    protocolChainMonthEnds: (asOf) =>
      rows<ProtocolChainMonthEnd>(
        `SELECT protocol, chain, ${MONTH("date_trunc('month', day)")} AS month, arg_max(tvl_usd, day) AS "tvlUsd"
           FROM protocol_chain_tvl_daily
           WHERE section = 'tvl' AND flag IS NULL AND covers_from IS NOT NULL AND ${UPTO('day')}
           GROUP BY ALL ORDER BY protocol, chain, month`,
        [asOf, asOf],
      ),

    chainMonthEnds: (asOf) =>
      rows<ChainMonthEnd>(
        `SELECT chain, ${MONTH('month')} AS month, tvl_last_usd AS "tvlUsd", dataset FROM chain_tvl_monthly
           WHERE ${UPTO('month')}
         UNION ALL
         SELECT chain, ${MONTH('day')}, arg_max(tvl_usd, day), dataset FROM chain_tvl_daily
           WHERE ${UPTO('day')} GROUP BY chain, ${MONTH('day')}, dataset
         ORDER BY month, chain`,
        [asOf, asOf, asOf, asOf],
      ),

    protocolSnapshots: async (asOf) =>
      (
        await rows<Omit<ProtocolSnapshot, 'chains' | 'oracles'> & { chains: string; oracles: string }>(
          `SELECT ${DAY('day')} AS day, slug, name, category, tvl_usd AS "tvlUsd",
             to_json(chains)::VARCHAR AS chains, to_json(oracles)::VARCHAR AS oracles,
             doublecounted, doublecounted_source AS "doublecountedSource"
           FROM protocol_snapshots WHERE ${UPTO('day')} ORDER BY day, tvl_usd DESC NULLS LAST`,
          [asOf, asOf],
        )
      ).map((r) => ({
        ...r,
        slug: r.slug as ProtocolSlug,
        chains: JSON.parse(r.chains),
        oracles: JSON.parse(r.oracles),
      })),

    tvlKeys: async () =>
      (
        await rows<{ protocol: string }>(
          'SELECT protocol FROM protocol_chain_tvl_daily UNION SELECT protocol FROM protocol_tvl_daily ORDER BY protocol',
        )
      ).map((r) => r.protocol),

    // Sums run in DECIMAL(38, 6): exact, so the figure does not depend on the order DuckDB's threads
    // add in and the same question gives the same cents every time (double sums differed by a cent).
    async tvlSteps(q) {
      const found = await rows<TvlStep & { horizon: Day | null }>(
        `${pointsCte(q)},
         d AS (
           SELECT s AS day, section, coalesce(c.cls, 0) AS cls, sum(v::DECIMAL(38, 6)) AS dv FROM pts LEFT JOIN cls c USING (protocol) GROUP BY ALL
           UNION ALL
           SELECT e + 1, section, coalesce(c.cls, 0), -sum(v::DECIMAL(38, 6)) FROM pts LEFT JOIN cls c USING (protocol) GROUP BY ALL),
         steps AS (
           SELECT day, section, cls, sum(sum(dv)) OVER (PARTITION BY section, cls ORDER BY day) AS usd
           FROM d GROUP BY day, section, cls)
         SELECT ${DAY('s.day')} AS day, s.section, s.cls::INTEGER AS cls, s.usd::DOUBLE AS usd, ${DAY('h.h')} AS horizon
         FROM horizon h LEFT JOIN steps s ON true ORDER BY s.day`,
      );
      const horizon = found[0]?.horizon ?? null;
      return { horizon, steps: found.filter((s) => s.day !== null).map(({ horizon: _, ...step }) => step) };
    },

    tvlPointsOn: (q, day) =>
      rows<TvlPointOn>(
        `${pointsCte(q)}
         SELECT protocol, chain, section, ${DAY('day')} AS "pointDay", v AS usd, NULL AS flag FROM pts
           WHERE s <= ?::DATE AND e >= ?::DATE
         UNION ALL
         SELECT protocol, chain, section, ${DAY('day')}, tvl_usd, flag FROM protocol_chain_tvl_daily
           WHERE ${!q.includeFlagged} AND flag IS NOT NULL AND day = ?::DATE ${inList('chain', q.chains)} ${inList('protocol', q.protocols)}
         ORDER BY usd DESC`,
        [day, day, day],
      ),

    dailyPrices: (asset) =>
      rows<DailyPoint>(
        `SELECT ${DAY('day')} AS day, close_usd AS value FROM prices_daily WHERE asset = ? ORDER BY day`,
        [asset],
      ),

    chainDailyTvl: (chain) =>
      rows<DailyPoint & { dataset: string }>(
        `SELECT ${DAY('day')} AS day, tvl_usd AS value, dataset FROM chain_tvl_daily WHERE chain = ? ORDER BY day`,
        [chain],
      ),

    protocolPeaks: (asOf) => {
      const upto = asOf === null ? '' : `AND day <= DATE ${literal(asOf)}`;
      return rows<ProtocolPeak>(
        `WITH days AS (
           SELECT protocol, day, tvl_usd AS usd, btc_side_usd AS btc_side FROM protocol_daily_totals
           WHERE (source = 'chain' OR protocol NOT IN (SELECT protocol FROM protocol_daily_totals WHERE source = 'chain'))
             ${upto}),
         prices AS (
           SELECT day, max(close_usd) FILTER (WHERE asset = 'ETH') AS eth, max(close_usd) FILTER (WHERE asset = 'BTC') AS btc
           FROM prices_daily GROUP BY day),
         priced AS (SELECT d.*, d.usd / p.eth AS eth, d.usd / p.btc AS btc FROM days d LEFT JOIN prices p ON p.day = d.day)
         SELECT protocol, ${DAY('min(day)')} AS "firstDay", ${DAY('max(day)')} AS "latestDay",
           arg_max(usd, day) AS "latestUsd", max(usd) AS "peakUsd", ${DAY('arg_max(day, usd)')} AS "peakUsdDay",
           arg_max(eth, day) AS "latestEth", max(eth) AS "peakEth", ${DAY('arg_max(day, eth)')} AS "peakEthDay",
           arg_max(btc, day) AS "latestBtc", max(btc) AS "peakBtc", ${DAY('arg_max(day, btc)')} AS "peakBtcDay",
           coalesce(sum(btc_side) / nullif(sum(usd), 0), 0) AS "btcSideShare"
         FROM priced GROUP BY protocol ORDER BY protocol`,
      );
    },

    tokenBalances: () =>
      rows<TokenBalance>(
        `SELECT protocol, ${DAY('day')} AS day, token, sum(amount) AS amount FROM protocol_token_tvl_daily
         WHERE amount IS NOT NULL AND section = 'tvl'
         GROUP BY protocol, day, token ORDER BY protocol, day, token`,
      ),
  };
}
