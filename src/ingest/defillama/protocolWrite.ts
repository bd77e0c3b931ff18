import type { Day } from '../../core/day.ts';
import type { ProtocolSeries } from '../../sources/defillama/protocolHistory.ts';
import {
  CHAIN_POINT_COLUMNS,
  DERIVED_POINT_COLUMNS,
  PROTOCOL_POINT_COLUMNS,
  TOKEN_POINT_COLUMNS,
} from '../../store/pointColumns.ts';
import type { LoadTx, UnitCommit } from '../../store/store.ts';
import { DEFILLAMA_DATASET } from './defillamaDataset.ts';
import { firstHistoryFacts, type NewPoint } from './firstHistoryFacts.ts';

type PointTable = 'protocol_chain_tvl_daily' | 'protocol_tvl_daily';

const POINT_COLUMNS = {
  protocol_chain_tvl_daily: [...CHAIN_POINT_COLUMNS, ...DERIVED_POINT_COLUMNS],
  protocol_tvl_daily: [...PROTOCOL_POINT_COLUMNS, ...DERIVED_POINT_COLUMNS],
};

/**
 * How a protocol unit writes its new points (chain `all` = protocol-wide history) and token rows.
 * A first history (`stored` false: no source had any) carries its derived facts from
 * `firstHistoryFacts`; a continued one leaves them to the store's `derive`, which recomputes the
 * protocol's whole history in SQL.
 */
export function protocolWrite(
  slug: string,
  points: readonly NewPoint[],
  tokenRows: readonly (readonly unknown[])[],
  stored: boolean,
): Pick<UnitCommit, 'write' | 'derive'> {
  const table: PointTable = points.some((p) => p.chain !== 'all')
    ? 'protocol_chain_tvl_daily'
    : 'protocol_tvl_daily';
  const facts = stored ? null : firstHistoryFacts(points);
  const rows = points.map((p) => {
    const derived = facts
      ? [facts.coversFrom.get(p.day) ?? null, facts.coversFromAll.get(p.day) ?? null]
      : [null, null];
    const where = table === 'protocol_chain_tvl_daily' ? [p.chain, p.section] : [p.section];
    return [DEFILLAMA_DATASET, slug, ...where, p.day, p.usd, p.flag, ...derived];
  });
  const write = async (tx: LoadTx) => {
    if (rows.length > 0) await tx.append(table, POINT_COLUMNS[table], rows);
    if (tokenRows.length > 0) {
      await tx.append('protocol_token_tvl_daily', TOKEN_POINT_COLUMNS, tokenRows);
    }
    if (facts && facts.totals.length > 0) {
      await tx.append(
        'protocol_daily_totals',
        [
          ['dataset', 'varchar'],
          ['protocol', 'varchar'],
          ['day', 'date'],
          ['source', 'varchar'],
          ['tvl_usd', 'double'],
          ['btc_side_usd', 'double'],
        ],
        facts.totals.map((t) => [
          DEFILLAMA_DATASET,
          slug,
          t.day,
          table === 'protocol_chain_tvl_daily' ? 'chain' : 'protocol',
          t.usd,
          t.btcSideUsd,
        ]),
      );
    }
  };
  if (facts || rows.length === 0) return { write };
  return { write, derive: { dataset: DEFILLAMA_DATASET, protocol: slug, changed: [table] } };
}

/** Token amounts and USD values of the new days, one row per token present in either. */
export function tokenRowsOf(slug: string, s: ProtocolSeries, days: ReadonlySet<Day>): unknown[][] {
  const rows: unknown[][] = [];
  for (const day of days) {
    const amounts = s.tokenAmounts.get(day) ?? {};
    const values = s.tokensUsd.get(day) ?? {};
    for (const token in amounts) {
      rows.push([
        DEFILLAMA_DATASET,
        slug,
        s.chain,
        'tvl',
        day,
        token,
        amounts[token] ?? null,
        values[token] ?? null,
      ]);
    }
    for (const token in values) {
      if (!(token in amounts))
        rows.push([DEFILLAMA_DATASET, slug, s.chain, 'tvl', day, token, null, values[token] ?? null]);
    }
  }
  return rows;
}
