import type { Day } from '../../../core/day.ts';
import { negativeTvlFlag } from '../../rowRules.ts';
import { keyProducts } from './keyProducts.ts';
import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages a restaking history's daily totals (`date,totalLiquidityUSD,protocol`: unix seconds, USD) and
 * writes them to `protocol_tvl_daily` under each product's slug (`products`), one point per product and
 * day (the day's last row). A negative total is flagged through `flagRow` and stored flagged (`negative`):
 * out of every total, back with `--include-flagged`. Returns the rows read.
 */
export async function loadRestakingTotals(
  tx: StageTx,
  dataset: string,
  file: string,
  products: Readonly<Record<string, string>>,
): Promise<number> {
  const rows = await stageCsv(tx, file, {
    date: 'unixSeconds',
    totalLiquidityUSD: 'number',
    protocol: 'text',
  });
  await keyProducts(tx, file, products);
  const negative = await tx.rows<{ line: number; day: Day; usd: number; subject: string }>(
    `SELECT line::DOUBLE AS line, strftime(make_timestamp(date::BIGINT * 1000000), '%Y-%m-%d') AS day,
       totalLiquidityUSD::DOUBLE AS usd, key AS subject FROM stage WHERE totalLiquidityUSD::DOUBLE < 0 ORDER BY line`,
  );
  for (const r of negative)
    tx.flagRow(negativeTvlFlag({ file, place: `line ${r.line}`, field: 'totalLiquidityUSD', ...r }));
  await tx.run(
    `INSERT INTO protocol_tvl_daily (dataset, protocol, section, day, tvl_usd, flag) SELECT ?, key, 'tvl', day, v, CASE WHEN v < 0 THEN 'negative' END FROM (
       SELECT key, to_timestamp(date::BIGINT)::DATE AS day, arg_max(totalLiquidityUSD::DOUBLE, line) AS v FROM stage GROUP BY 1, 2)`,
    [dataset],
  );
  return rows;
}
