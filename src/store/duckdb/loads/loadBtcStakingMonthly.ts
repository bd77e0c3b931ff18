import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages month-end BTC staking products (`month,product,tvl_usd,tvl_btc`) and writes them to
 * `btc_staking_monthly`, the label `Protocol (note) - holder` split into protocol (`Protocol`) and holder
 * (`holder`, or `all` when the label names none). Returns the rows read.
 */
export async function loadBtcStakingMonthly(tx: StageTx, dataset: string, file: string): Promise<number> {
  const rows = await stageCsv(tx, file, {
    month: 'month',
    product: 'text',
    tvl_usd: 'nonNegative',
    tvl_btc: 'nonNegative',
  });
  await tx.run(
    `INSERT INTO btc_staking_monthly SELECT ?, (month || '-01')::DATE, product,
       trim(regexp_replace(split_part(product, ' - ', 1), '\\s*\\(.*\\)\\s*$', '')),
       CASE WHEN product LIKE '% - %' THEN trim(substr(product, strpos(product, ' - ') + 3)) ELSE 'all' END,
       tvl_usd::DOUBLE, tvl_btc::DOUBLE
     FROM stage`,
    [dataset],
  );
  return rows;
}
