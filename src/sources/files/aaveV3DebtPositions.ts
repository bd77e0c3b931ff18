import { join } from 'node:path';
import { AAVE_V3_ETHEREUM } from './aaveV3Borrowers.ts';
import type { Dataset } from './dataset.ts';

const ID = 'aave-v3/debt-positions';

/** Each top borrower's largest debt position, with the reserve's risk parameters (Aave v3 Ethereum). */
export const aaveV3DebtPositions: Dataset = {
  id: ID,
  title: 'Aave v3 Ethereum largest debt positions and reserve parameters',
  version: 1,
  files: (dir) => [join(dir, 'aave-v3/ethereum_top1000_debt_positions_with_reserve_params_2025-12-01.csv')],
  tables: [
    { table: 'lending_positions', dayColumn: 'as_of' },
    { table: 'lending_reserves', dayColumn: 'as_of' },
  ],
  caveats: ['One position per account (its largest debt); collateral composition is not in this data.'],
  async load(tx, [file]) {
    const f = file as string;
    const rows = await tx.loadLendingPositions(ID, f, AAVE_V3_ETHEREUM);
    return { rowsByFile: new Map([[f, rows]]), flags: [] };
  },
};
