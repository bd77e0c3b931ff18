import { basename, join } from 'node:path';
import type { Dataset } from './dataset.ts';
import { listFiles } from './listFiles.ts';
import { stageCsv } from './stageCsv.ts';

/** Daily OHLCV in USD per asset; the asset is the file name's prefix (`eth_usd_daily_...` → ETH). */
export const pricesDaily: Dataset = {
  id: 'prices/daily',
  title: 'ETH and BTC daily prices (USD)',
  version: 1,
  files: (dir) => listFiles(join(dir, 'prices'), '.csv'),
  tables: [{ table: 'prices_daily', dayColumn: 'day' }],
  caveats: ['Ends 2025-08-02: ETH/BTC denominations after that day are unknown.'],
  async load(tx, files) {
    const rowsByFile = new Map<string, number>();
    for (const file of files) {
      const asset = (basename(file).split('_')[0] ?? '').toUpperCase();
      const rows = await stageCsv(tx, file, {
        date: 'day',
        open: 'nonNegative',
        high: 'nonNegative',
        low: 'nonNegative',
        close: 'nonNegative',
        volume: 'nonNegative',
      });
      await tx.run(
        `INSERT INTO prices_daily SELECT 'prices/daily', ?, date::DATE, arg_max(open::DOUBLE, line), arg_max(high::DOUBLE, line),
           arg_max(low::DOUBLE, line), arg_max(close::DOUBLE, line), arg_max(volume::DOUBLE, line) FROM stage GROUP BY date`,
        [asset],
      );
      rowsByFile.set(file, rows);
    }
    return { rowsByFile, flags: [] };
  },
};
