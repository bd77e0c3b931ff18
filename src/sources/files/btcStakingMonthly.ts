import { join } from 'node:path';
import type { Dataset } from './dataset.ts';
import { stageCsv } from './stageCsv.ts';

/**
 * Month-end USD and BTC amounts of BTC staking and restaking products. A product label
 * `Protocol (note) - holder` is split into protocol (`Babylon`) and holder (`direct / other holders`).
 */
export const btcStakingMonthly: Dataset = {
  id: 'btc-staking/monthly',
  title: 'BTC staking and restaking, monthly',
  version: 1,
  files: (dir) => [join(dir, 'btc-staking/btc_staking_restaking_monthly_2024-09_2025-12.csv')],
  tables: [{ table: 'btc_staking_monthly', dayColumn: 'month' }],
  caveats: [
    'Transcribed subset built from DefiLlama token breakdowns.',
    'Wrapped BTC (LBTC, SolvBTC) held inside other listed products appears twice at face value: de-duplicate before summing.',
  ],
  async load(tx, [file]) {
    const f = file as string;
    const rows = await stageCsv(tx, f, {
      month: 'month',
      product: 'text',
      tvl_usd: 'nonNegative',
      tvl_btc: 'nonNegative',
    });
    await tx.run(
      `INSERT INTO btc_staking_monthly SELECT 'btc-staking/monthly', (month || '-01')::DATE, product,
         trim(regexp_replace(split_part(product, ' - ', 1), '\\s*\\(.*\\)\\s*$', '')),
         CASE WHEN product LIKE '% - %' THEN trim(substr(product, strpos(product, ' - ') + 3)) ELSE 'all' END,
         tvl_usd::DOUBLE, tvl_btc::DOUBLE
       FROM stage`,
    );
    return { rowsByFile: new Map([[f, rows]]), flags: [] };
  },
};
