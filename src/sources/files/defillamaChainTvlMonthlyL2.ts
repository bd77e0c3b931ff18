import { join } from 'node:path';
import type { Dataset } from './dataset.ts';
import { mapChains } from './mapChains.ts';
import { stageCsv } from './stageCsv.ts';

/** DefiLlama chain TVL per month for Ethereum and 13 L2s (transcribed, rounded to whole USD). */
export const defillamaChainTvlMonthlyL2: Dataset = {
  id: 'defillama/chain-tvl-monthly-l2',
  title: 'DefiLlama chain TVL, monthly (Ethereum + 13 L2s)',
  version: 1,
  files: (dir) => [join(dir, 'defillama/chain_tvl_monthly_l2_2023-07_2024-07.csv')],
  tables: [{ table: 'chain_tvl_monthly', dayColumn: 'month' }],
  caveats: [
    'Transcribed by hand (rounded to whole USD, spot-checked).',
    'The last month (2024-07) is partial; one monthly mean is blank upstream (Polygon zkEVM, 2024-02): unknown, not 0.',
  ],
  async load(tx, [file]) {
    const f = file as string;
    const rows = await stageCsv(tx, f, {
      month: 'month',
      chain: 'text',
      tvl_last_usd: 'nonNegative',
      tvl_mean_usd: 'number?',
    });
    await mapChains(tx, 'stage', 'chain');
    await tx.run(
      `INSERT INTO chain_tvl_monthly SELECT 'defillama/chain-tvl-monthly-l2', m.id, (s.month || '-01')::DATE,
         arg_max(s.tvl_last_usd::DOUBLE, s.line), arg_max(TRY_CAST(s.tvl_mean_usd AS DOUBLE), s.line)
       FROM stage s JOIN chain_map m ON m.raw = s.chain GROUP BY m.id, s.month`,
    );
    return {
      rowsByFile: new Map([[f, rows]]),
      flags: [
        {
          kind: 'transcribed',
          excluded: false,
          subject: 'chain_tvl_monthly',
          message: 'hand-transcribed values, rounded to whole USD',
          file: f,
        },
      ],
    };
  },
};
