import { join } from 'node:path';
import type { Dataset } from './dataset.ts';

const ID = 'stablecoins/daily-supply';

/** DefiLlama stablecoin circulation per coin per day (USD). */
export const stablecoinSupply: Dataset = {
  id: ID,
  title: 'Stablecoin circulating supply, daily',
  version: 1,
  files: (dir) => [join(dir, 'stablecoins/daily_supply_2020-2025-08.csv')],
  tables: [{ table: 'stablecoin_supply_daily', dayColumn: 'day' }],
  caveats: ['Five coins (USDT, USDC, DAI, BUSD, TUSD).'],
  async load(tx, [file]) {
    const f = file as string;
    const rows = await tx.loadStablecoinSupply(ID, f);
    return { rowsByFile: new Map([[f, rows]]), flags: [] };
  },
};
