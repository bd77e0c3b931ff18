import { join } from 'node:path';
import type { Dataset } from './dataset.ts';

const ID = 'defillama/chain-tvl-daily';

/** DefiLlama `/v2/historicalChainTvl` totals for six chains, long format `date,chain,tvl` (USD). */
export const defillamaChainTvlDaily: Dataset = {
  id: ID,
  title: 'DefiLlama chain TVL, daily (6 chains)',
  version: 2,
  files: (dir) => [join(dir, 'defillama/chain_tvl_daily_6chains_2020-2025-08.csv')],
  tables: [{ table: 'chain_tvl_daily', dayColumn: 'day' }],
  caveats: [
    'Six chains only (Ethereum, Arbitrum, Optimism, Polygon, Avalanche, BSC): other L2s are missing here.',
  ],
  async load(tx, [file]) {
    const f = file as string;
    const { rows, repeatedDays } = await tx.loadChainTvlDaily(ID, f);
    const flags =
      repeatedDays > 0
        ? [
            {
              kind: 'duplicate-day',
              excluded: true,
              subject: 'chain_tvl_daily',
              message: `${repeatedDays} repeated chain-days; the last row wins`,
              file: f,
            },
          ]
        : [];
    return { rowsByFile: new Map([[f, rows]]), flags };
  },
};
