import { basename, join } from 'node:path';
import type { Day } from '../../core/day.ts';
import { ValidationError } from '../../core/errors.ts';
import type { LoadTx } from '../../store/store.ts';
import type { Dataset } from './dataset.ts';
import { listFiles } from './listFiles.ts';
import { mapChains } from './mapChains.ts';
import { negativeTvlFlag } from './rowRules.ts';
import { stageCsv } from './stageCsv.ts';

const ID = 'restaking-protocols/history';

/**
 * The products in the files' `protocol` column, by the DefiLlama slug Faultline stores them under. A
 * file holds several products (ether.fi's stake, vaults and liquid; Kelp under its old and new name):
 * each is its own series, never one day's value picked from whichever product comes last.
 */
export const RESTAKING_PRODUCTS: Readonly<Record<string, string>> = {
  ether__dot__fi_stake_protocol: 'ether.fi-stake',
  ether__dot__fi_vaults_protocol: 'ether.fi-vaults',
  ether__dot__fi_liquid_protocol: 'ether.fi-liquid',
  kelp_dao: 'kelp',
  kelp_rseth_protocol: 'kelp',
  renzo_protocol: 'renzo',
};

/** Adds `key` (the product's slug) to the staged rows; a product the table does not know is refused. */
async function keyProducts(tx: LoadTx, file: string): Promise<void> {
  const names = Object.entries(RESTAKING_PRODUCTS);
  const [unknown] = await tx.rows<{ line: number; protocol: string }>(
    `SELECT line, protocol FROM stage WHERE protocol NOT IN (${names.map(() => '?').join(', ')}) ORDER BY line LIMIT 1`,
    names.map(([raw]) => raw),
  );
  if (unknown)
    throw new ValidationError(
      `unknown product "${unknown.protocol}" (known: ${Object.keys(RESTAKING_PRODUCTS).join(', ')})`,
      {
        source: file,
        place: `line ${unknown.line}`,
        field: 'protocol',
      },
    );
  await tx.run('ALTER TABLE stage ADD COLUMN key VARCHAR');
  await tx.run(
    `UPDATE stage SET key = CASE protocol ${names.map(() => 'WHEN ? THEN ?').join(' ')} END`,
    names.flat(),
  );
}

/**
 * DefiLlama `/protocol` history of three liquid-restaking protocols' products: total TVL (USD) per day,
 * and per chain per token amounts (`value` is a token amount, not USD), each row stored under its own
 * product (`protocol` column, RESTAKING_PRODUCTS); a day's value is the last row of that day.
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
  caveats: [
    'Token files hold token amounts, not USD.',
    'Ends around 2025-01.',
    "ether.fi's files hold three products (stake, vaults, liquid); each is stored as its own protocol.",
  ],
  async load(tx, files) {
    const rowsByFile = new Map<string, number>();
    for (const file of files) {
      if (basename(file).includes('_total_')) {
        const rows = await stageCsv(tx, file, {
          date: 'unixSeconds',
          totalLiquidityUSD: 'number',
          protocol: 'text',
        });
        await keyProducts(tx, file);
        const negative = await tx.rows<{ line: number; day: Day; usd: number; subject: string }>(
          `SELECT line::DOUBLE AS line, strftime(make_timestamp(date::BIGINT * 1000000), '%Y-%m-%d') AS day,
             totalLiquidityUSD::DOUBLE AS usd, key AS subject FROM stage WHERE totalLiquidityUSD::DOUBLE < 0 ORDER BY line`,
        );
        for (const r of negative)
          tx.flagRow(
            negativeTvlFlag({
              file,
              place: `line ${r.line}`,
              field: 'totalLiquidityUSD',
              ...r,
            }),
          );
        // A negative point is stored flagged: out of every total, back with --include-flagged.
        await tx.run(
          `INSERT INTO protocol_tvl_daily (dataset, protocol, section, day, tvl_usd, flag) SELECT '${ID}', key, 'tvl', day, v, CASE WHEN v < 0 THEN 'negative' END FROM (
             SELECT key, to_timestamp(date::BIGINT)::DATE AS day, arg_max(totalLiquidityUSD::DOUBLE, line) AS v FROM stage GROUP BY 1, 2)`,
        );
        rowsByFile.set(file, rows);
        continue;
      }
      const rows = await stageCsv(tx, file, {
        chain: 'text',
        date: 'unixSeconds',
        token: 'text',
        value: 'number',
        protocol: 'text',
      });
      await keyProducts(tx, file);
      await mapChains(tx, 'stage', 'chain');
      await tx.run(
        `INSERT INTO protocol_token_tvl_daily SELECT '${ID}', s.key, m.id, m.section, to_timestamp(s.date::BIGINT)::DATE,
           s.token, arg_max(s.value::DOUBLE, s.line), NULL
         FROM stage s JOIN chain_map m ON m.raw = s.chain GROUP BY ALL`,
      );
      rowsByFile.set(file, rows);
    }
    return { rowsByFile, flags: [] };
  },
};
