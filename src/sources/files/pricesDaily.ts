import { basename, join } from 'node:path';
import type { Dataset } from './dataset.ts';
import { listFiles } from './listFiles.ts';

const ID = 'prices/daily';

/** Daily OHLCV in USD per asset; the asset is the file name's prefix (`eth_usd_daily_...` → ETH). */
export const pricesDaily: Dataset = {
  id: ID,
  title: 'ETH and BTC daily prices (USD)',
  version: 1,
  files: (dir) => listFiles(join(dir, 'prices'), '.csv'),
  tables: [{ table: 'prices_daily', dayColumn: 'day' }],
  caveats: ['Ends 2025-08-02: ETH/BTC denominations after that day are unknown.'],
  async load(tx, files) {
    const rowsByFile = new Map<string, number>();
    for (const file of files) {
      const asset = (basename(file).split('_')[0] ?? '').toUpperCase();
      rowsByFile.set(file, await tx.loadPricesDaily(ID, file, asset));
    }
    return { rowsByFile, flags: [] };
  },
};
