import { basename, join } from 'node:path';
import type { Dataset } from './dataset.ts';
import { listFiles } from './listFiles.ts';

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
      const rows = basename(file).includes('_total_')
        ? await tx.loadRestakingTotals(ID, file, RESTAKING_PRODUCTS)
        : await tx.loadRestakingTokens(ID, file, RESTAKING_PRODUCTS);
      rowsByFile.set(file, rows);
    }
    return { rowsByFile, flags: [] };
  },
};
