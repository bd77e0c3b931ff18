import { join } from 'node:path';
import type { Dataset } from './dataset.ts';
import { mapChains } from './mapChains.ts';
import { stageCsv } from './stageCsv.ts';

/** DefiLlama `/v2/historicalChainTvl` totals for six chains, long format `date,chain,tvl` (USD). */
export const defillamaChainTvlDaily: Dataset = {
  id: 'defillama/chain-tvl-daily',
  title: 'DefiLlama chain TVL, daily (6 chains)',
  version: 2,
  files: (dir) => [join(dir, 'defillama/chain_tvl_daily_6chains_2020-2025-08.csv')],
  tables: [{ table: 'chain_tvl_daily', dayColumn: 'day' }],
  caveats: [
    'Six chains only (Ethereum, Arbitrum, Optimism, Polygon, Avalanche, BSC): other L2s are missing here.',
  ],
  async load(tx, [file]) {
    const rows = await stageCsv(
      tx,
      file as string,
      { date: 'day', chain: 'text', tvl: 'tvl' },
      { subject: 'chain', day: 'date' },
    );
    await mapChains(tx, 'stage', 'chain');
    await tx.run(
      `INSERT INTO chain_tvl_daily SELECT 'defillama/chain-tvl-daily', m.id, s.date::DATE, arg_max(s.tvl::DOUBLE, s.line)
       FROM stage s JOIN chain_map m ON m.raw = s.chain GROUP BY m.id, s.date`,
    );
    const [dup] = await tx.rows<{ n: number }>(
      'SELECT (count(*) - count(DISTINCT (chain, date)))::DOUBLE AS n FROM stage',
    );
    const flags =
      dup && dup.n > 0
        ? [
            {
              kind: 'duplicate-day',
              excluded: true,
              subject: 'chain_tvl_daily',
              message: `${dup.n} repeated chain-days; the last row wins`,
              file: file as string,
            },
          ]
        : [];
    return { rowsByFile: new Map([[file as string, rows]]), flags };
  },
};
