import { join } from 'node:path';
import type { Dataset } from './dataset.ts';
import { stageCsv } from './stageCsv.ts';

/** The Aave v3 Ethereum market id used for the top-1000 borrower snapshot. */
export const AAVE_V3_ETHEREUM = 'aave-v3-ethereum';

/** Aave v3 Ethereum top 1,000 borrowers by USD debt (~2025-12-01): debt, collateral, health factor. */
export const aaveV3Borrowers: Dataset = {
  id: 'aave-v3/top-borrowers',
  title: 'Aave v3 Ethereum top 1,000 borrowers',
  version: 1,
  files: (dir) => [join(dir, 'aave-v3/ethereum_top1000_borrowers_2025-12-01.csv')],
  tables: [{ table: 'lending_accounts', dayColumn: 'as_of' }],
  caveats: [
    'Health factors were computed without e-mode thresholds: accounts in e-mode show HF < 1 without being liquidatable.',
  ],
  async load(tx, [file]) {
    const f = file as string;
    const rows = await stageCsv(tx, f, {
      user_address: 'text',
      total_debt_usd: 'nonNegative',
      total_collateral_usd: 'nonNegative',
      health_factor: 'nonNegative',
    });
    await tx.run(
      `INSERT INTO lending_accounts SELECT 'aave-v3/top-borrowers', '${AAVE_V3_ETHEREUM}', lower(user_address),
         total_debt_usd::DOUBLE, total_collateral_usd::DOUBLE, health_factor::DOUBLE, DATE '2025-12-01' FROM stage`,
    );
    const [below] = await tx.rows<{ n: number }>(
      'SELECT count(*)::DOUBLE AS n FROM stage WHERE health_factor::DOUBLE < 1',
    );
    return {
      rowsByFile: new Map([[f, rows]]),
      flags: [
        {
          kind: 'emode-not-applied',
          excluded: false,
          subject: `${below?.n ?? 0} accounts`,
          message: `${below?.n ?? 0} accounts show HF < 1 because e-mode thresholds were not applied; see the report's recomputation`,
          file: f,
        },
      ],
    };
  },
};
