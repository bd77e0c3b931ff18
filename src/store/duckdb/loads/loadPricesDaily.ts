import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages a daily OHLCV file of `asset` (`date,open,high,low,close,volume`, USD) and writes it to
 * `prices_daily`, one row per day (the last row wins). Returns the rows read.
 */
export async function loadPricesDaily(
  tx: StageTx,
  dataset: string,
  file: string,
  asset: string,
): Promise<number> {
  const rows = await stageCsv(tx, file, {
    date: 'day',
    open: 'nonNegative',
    high: 'nonNegative',
    low: 'nonNegative',
    close: 'nonNegative',
    volume: 'nonNegative',
  });
  await tx.run(
    `INSERT INTO prices_daily SELECT ?, ?, date::DATE, arg_max(open::DOUBLE, line), arg_max(high::DOUBLE, line),
       arg_max(low::DOUBLE, line), arg_max(close::DOUBLE, line), arg_max(volume::DOUBLE, line) FROM stage GROUP BY date`,
    [dataset, asset],
  );
  return rows;
}
