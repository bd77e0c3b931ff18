import { join } from 'node:path';
import type { Day } from '../../core/day.ts';
import type { Dataset } from './dataset.ts';

const ID = 'aave-v3/top-borrowers';
/** The snapshot's day (~2025-12-01, from the file name). */
const AS_OF = '2025-12-01' as Day;

/** The Aave v3 Ethereum market id used for the top-1000 borrower snapshot. */
export const AAVE_V3_ETHEREUM = 'aave-v3-ethereum';

/** Aave v3 Ethereum top 1,000 borrowers by USD debt (~2025-12-01): debt, collateral, health factor. */
export const aaveV3Borrowers: Dataset = {
  id: ID,
  title: 'Aave v3 Ethereum top 1,000 borrowers',
  version: 1,
  files: (dir) => [join(dir, 'aave-v3/ethereum_top1000_borrowers_2025-12-01.csv')],
  tables: [{ table: 'lending_accounts', dayColumn: 'as_of' }],
  caveats: [
    'Health factors were computed without e-mode thresholds: accounts in e-mode show HF < 1 without being liquidatable.',
  ],
  async load(tx, [file]) {
    const f = file as string;
    const { rows, belowOne } = await tx.loadLendingAccounts(ID, f, AAVE_V3_ETHEREUM, AS_OF);
    return {
      rowsByFile: new Map([[f, rows]]),
      flags: [
        {
          kind: 'emode-not-applied',
          excluded: false,
          subject: `${belowOne} accounts`,
          message: `${belowOne} accounts show HF < 1 because e-mode thresholds were not applied; see the report's recomputation`,
          file: f,
        },
      ],
    };
  },
};
