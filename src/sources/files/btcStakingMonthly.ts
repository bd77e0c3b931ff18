import { join } from 'node:path';
import type { Dataset } from './dataset.ts';

const ID = 'btc-staking/monthly';

/**
 * Month-end USD and BTC amounts of BTC staking and restaking products. A product label
 * `Protocol (note) - holder` is split into protocol (`Babylon`) and holder (`direct / other holders`).
 */
export const btcStakingMonthly: Dataset = {
  id: ID,
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
    const rows = await tx.loadBtcStakingMonthly(ID, f);
    return { rowsByFile: new Map([[f, rows]]), flags: [] };
  },
};
