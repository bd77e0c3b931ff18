import type { StagedLoads } from '../../stagedLoads.ts';
import { mapChains } from './mapChains.ts';
import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages DefiLlama chain totals (`date,chain,tvl`, USD) and writes them to `chain_tvl_daily`, one row
 * per chain and day (the last row of a repeated chain-day wins). Returns the rows read and how many
 * chain-days repeat.
 */
export async function loadChainTvlDaily(
  tx: StageTx,
  dataset: string,
  file: string,
): ReturnType<StagedLoads['loadChainTvlDaily']> {
  const rows = await stageCsv(
    tx,
    file,
    { date: 'day', chain: 'text', tvl: 'tvl' },
    { subject: 'chain', day: 'date' },
  );
  await mapChains(tx, 'stage', 'chain');
  await tx.run(
    `INSERT INTO chain_tvl_daily SELECT ?, m.id, s.date::DATE, arg_max(s.tvl::DOUBLE, s.line)
     FROM stage s JOIN chain_map m ON m.raw = s.chain GROUP BY m.id, s.date`,
    [dataset],
  );
  const [dup] = await tx.rows<{ n: number }>(
    'SELECT (count(*) - count(DISTINCT (chain, date)))::DOUBLE AS n FROM stage',
  );
  return { rows, repeatedDays: dup?.n ?? 0 };
}
