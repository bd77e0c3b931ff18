import type { Day } from '../../../core/day.ts';
import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages realised volatilities (`symbol,current_price,daily_volatility,annualized_volatility,days_analyzed`,
 * fractions) and writes them to `asset_volatility` dated `asOf`. Returns the rows read.
 */
export async function loadAssetVolatility(
  tx: StageTx,
  dataset: string,
  file: string,
  asOf: Day,
): Promise<number> {
  const rows = await stageCsv(tx, file, {
    symbol: 'text',
    current_price: 'nonNegative',
    daily_volatility: 'nonNegative',
    annualized_volatility: 'nonNegative',
    days_analyzed: 'integer',
  });
  await tx.run(
    `INSERT INTO asset_volatility SELECT ?, symbol, current_price::DOUBLE, daily_volatility::DOUBLE,
       annualized_volatility::DOUBLE, days_analyzed::INTEGER, ?::DATE FROM stage`,
    [dataset, asOf],
  );
  return rows;
}
