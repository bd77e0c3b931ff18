import { mapChains } from './mapChains.ts';
import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages chain month-ends (`month,chain,tvl_last_usd,tvl_mean_usd`, USD; a blank mean is unknown) and
 * writes them to `chain_tvl_monthly`, one row per chain and month (the last row wins). Returns the rows read.
 */
export async function loadChainTvlMonthly(tx: StageTx, dataset: string, file: string): Promise<number> {
  const rows = await stageCsv(tx, file, {
    month: 'month',
    chain: 'text',
    tvl_last_usd: 'nonNegative',
    tvl_mean_usd: 'number?',
  });
  await mapChains(tx, 'stage', 'chain');
  await tx.run(
    `INSERT INTO chain_tvl_monthly SELECT ?, m.id, (s.month || '-01')::DATE,
       arg_max(s.tvl_last_usd::DOUBLE, s.line), arg_max(TRY_CAST(s.tvl_mean_usd AS DOUBLE), s.line)
     FROM stage s JOIN chain_map m ON m.raw = s.chain GROUP BY m.id, s.month`,
    [dataset],
  );
  return rows;
}
