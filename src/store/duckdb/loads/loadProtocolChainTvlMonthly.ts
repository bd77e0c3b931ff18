import { slugify } from '../../../model/protocol.ts';
import { mapChains } from './mapChains.ts';
import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages monthly average TVL per project per chain (`display_name,chain,amount,sample_date`, USD) and
 * writes it to `protocol_chain_tvl_monthly` under the project's slug (`slugify`), one row per project,
 * chain and month (the last row wins). Returns the rows read.
 */
export async function loadProtocolChainTvlMonthly(
  tx: StageTx,
  dataset: string,
  file: string,
): Promise<number> {
  const rows = await stageCsv(tx, file, {
    display_name: 'text',
    chain: 'text',
    amount: 'nonNegative',
    sample_date: 'day',
  });
  await mapChains(tx, 'stage', 'chain');
  const names = await tx.rows<{ name: string }>('SELECT DISTINCT display_name AS name FROM stage');
  await tx.run('CREATE OR REPLACE TEMP TABLE name_map (name VARCHAR, slug VARCHAR)');
  await tx.append(
    'name_map',
    [
      ['name', 'varchar'],
      ['slug', 'varchar'],
    ],
    names.map((n) => [n.name, slugify(n.name)]),
  );
  await tx.run(
    `INSERT INTO protocol_chain_tvl_monthly SELECT ?, n.slug, s.display_name, m.id,
       date_trunc('month', s.sample_date::DATE), arg_max(s.amount::DOUBLE, s.line)
     FROM stage s JOIN chain_map m ON m.raw = s.chain JOIN name_map n ON n.name = s.display_name GROUP BY ALL`,
    [dataset],
  );
  return rows;
}
