import type { Day } from '../../../core/day.ts';
import type { StagedLoads } from '../../stagedLoads.ts';
import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages a market's borrowers (`user_address,total_debt_usd,total_collateral_usd,health_factor`) and
 * writes them to `lending_accounts` dated `asOf`, addresses in lower case. Returns the rows read and how
 * many accounts show a health factor below 1.
 */
export async function loadLendingAccounts(
  tx: StageTx,
  dataset: string,
  file: string,
  market: string,
  asOf: Day,
): ReturnType<StagedLoads['loadLendingAccounts']> {
  const rows = await stageCsv(tx, file, {
    user_address: 'text',
    total_debt_usd: 'nonNegative',
    total_collateral_usd: 'nonNegative',
    health_factor: 'nonNegative',
  });
  await tx.run(
    `INSERT INTO lending_accounts SELECT ?, ?, lower(user_address),
       total_debt_usd::DOUBLE, total_collateral_usd::DOUBLE, health_factor::DOUBLE, ?::DATE FROM stage`,
    [dataset, market, asOf],
  );
  const [below] = await tx.rows<{ n: number }>(
    'SELECT count(*)::DOUBLE AS n FROM stage WHERE health_factor::DOUBLE < 1',
  );
  return { rows, belowOne: below?.n ?? 0 };
}
