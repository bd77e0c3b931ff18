import { join } from 'node:path';
import type { Dataset } from './dataset.ts';

const ID = 'defillama/chain-tvl-monthly-l2';

/** DefiLlama chain TVL per month for Ethereum and 13 L2s (transcribed, rounded to whole USD). */
export const defillamaChainTvlMonthlyL2: Dataset = {
  id: ID,
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
    const rows = await tx.loadChainTvlMonthly(ID, f);
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
