import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages stablecoin circulation (`Date,Stablecoin,Circulation`, USD) and writes it to
 * `stablecoin_supply_daily`, one row per coin and day (the last row wins). Returns the rows read.
 */
export async function loadStablecoinSupply(tx: StageTx, dataset: string, file: string): Promise<number> {
  const rows = await stageCsv(tx, file, { Date: 'day', Stablecoin: 'text', Circulation: 'nonNegative' });
  await tx.run(
    `INSERT INTO stablecoin_supply_daily SELECT ?, Stablecoin, Date::DATE, arg_max(Circulation::DOUBLE, line)
     FROM stage GROUP BY Stablecoin, Date`,
    [dataset],
  );
  return rows;
}
