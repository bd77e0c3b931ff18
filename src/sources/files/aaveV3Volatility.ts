import { join } from 'node:path';
import type { Day } from '../../core/day.ts';
import type { Dataset } from './dataset.ts';

const ID = 'aave-v3/volatility';
/** The window's last month (Dec 2025): stored as of its first day. */
const AS_OF = '2025-12-01' as Day;

/** 90-day realised volatility of 10 Aave assets (Dec 2025): daily and annualised, as fractions. */
export const aaveV3Volatility: Dataset = {
  id: ID,
  title: 'Aave asset volatility, 90 days',
  version: 1,
  files: (dir) => [join(dir, 'aave-v3/asset_volatility_90d_2025-12.csv')],
  tables: [{ table: 'asset_volatility', dayColumn: 'as_of' }],
  caveats: ['Ten assets; one 90-day window ending Dec 2025.'],
  async load(tx, [file]) {
    const f = file as string;
    const rows = await tx.loadAssetVolatility(ID, f, AS_OF);
    return { rowsByFile: new Map([[f, rows]]), flags: [] };
  },
};
