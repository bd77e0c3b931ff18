import { join } from 'node:path';
import type { Dataset } from './dataset.ts';

const ID = 'defillama/superchain-protocol-monthly';

/** Monthly average TVL per project per OP-Stack chain (Nov 2024 – Feb 2025), from DefiLlama via OSO. */
export const superchainProtocolMonthly: Dataset = {
  id: ID,
  title: 'Superchain protocol TVL, monthly average',
  version: 1,
  files: (dir) => [join(dir, 'defillama/superchain_protocol_monthly_tvl_2024-11_2025-02.csv')],
  tables: [{ table: 'protocol_chain_tvl_monthly', dayColumn: 'month' }],
  caveats: ['OP-Stack chains only; monthly averages, not month-end values.'],
  async load(tx, [file]) {
    const f = file as string;
    const rows = await tx.loadProtocolChainTvlMonthly(ID, f);
    return { rowsByFile: new Map([[f, rows]]), flags: [] };
  },
};
