import { basename, join } from 'node:path';
import type { Day } from '../../core/day.ts';
import type { Dataset } from './dataset.ts';
import { listFiles } from './listFiles.ts';
import { mapChains } from './mapChains.ts';
import { negativeTvlFlag } from './rowRules.ts';
import { stageCsv } from './stageCsv.ts';

const ID = 'restaking-protocols/history';

/**
 * DefiLlama `/protocol` history of three liquid-restaking protocols: total TVL (USD) per day, and per
 * chain per token amounts (`value` is a token amount, not USD). The protocol is the file name's prefix.
 */
export const restakingProtocols: Dataset = {
  id: ID,
  title: 'Liquid restaking history (ether.fi, Renzo, Kelp)',
  version: 2,
  files: (dir) => listFiles(join(dir, 'restaking-protocols'), '.csv'),
  tables: [
    { table: 'protocol_tvl_daily', dayColumn: 'day' },
    { table: 'protocol_token_tvl_daily', dayColumn: 'day' },
  ],
  caveats: ['Token files hold token amounts, not USD.', 'Ends around 2025-01.'],
  async load(tx, files) {
    const rowsByFile = new Map<string, number>();
    for (const file of files) {
      const protocol = basename(file).split('_')[0] as string;
      if (basename(file).includes('_total_')) {
        const rows = await stageCsv(tx, file, { date: 'unixSeconds', totalLiquidityUSD: 'number' });
        const negative = await tx.rows<{ line: number; day: Day; usd: number }>(
          `SELECT line::DOUBLE AS line, strftime(make_timestamp(date::BIGINT * 1000000), '%Y-%m-%d') AS day,
             totalLiquidityUSD::DOUBLE AS usd FROM stage WHERE totalLiquidityUSD::DOUBLE < 0 ORDER BY line`,
        );
        for (const r of negative)
          tx.flagRow(
            negativeTvlFlag({
              file,
              place: `line ${r.line}`,
              field: 'totalLiquidityUSD',
              subject: protocol,
              ...r,
            }),
          );
        // A negative point is stored flagged: out of every total, back with --include-flagged.
        await tx.run(
          `INSERT INTO protocol_tvl_daily (dataset, protocol, section, day, tvl_usd, flag) SELECT '${ID}', ?, 'tvl', day, v, CASE WHEN v < 0 THEN 'negative' END FROM (
             SELECT to_timestamp(date::BIGINT)::DATE AS day, arg_max(totalLiquidityUSD::DOUBLE, line) AS v FROM stage GROUP BY 1)`,
          [protocol],
        );
        rowsByFile.set(file, rows);
        continue;
      }
      const rows = await stageCsv(tx, file, {
        chain: 'text',
        date: 'unixSeconds',
        token: 'text',
        value: 'number',
      });
      await mapChains(tx, 'stage', 'chain');
      await tx.run(
        `INSERT INTO protocol_token_tvl_daily SELECT '${ID}', ?, m.id, m.section, to_timestamp(s.date::BIGINT)::DATE,
           s.token, arg_max(s.value::DOUBLE, s.line), NULL
         FROM stage s JOIN chain_map m ON m.raw = s.chain GROUP BY ALL`,
        [protocol],
      );
      rowsByFile.set(file, rows);
    }
    return { rowsByFile, flags: [] };
  },
};
