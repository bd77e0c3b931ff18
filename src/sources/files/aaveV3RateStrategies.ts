import { join } from 'node:path';
import type { Dataset } from './dataset.ts';
import { listFiles } from './listFiles.ts';
import { parseAaveConfigReport } from './parseAaveConfigReport.ts';

const ID = 'aave-v3/rate-strategies';

/**
 * The interest-rate strategies of Aave v3 reserves as governance config reports state them
 * (bgd-labs/aave-proposals-v3 reports and diffs): Ethereum, Arbitrum, Avalanche, Optimism, Polygon on
 * 2023-10-31, and the Linea market's activation (2025-01-21).
 */
export const aaveV3RateStrategies: Dataset = {
  id: ID,
  title: 'Aave v3 interest-rate strategies (governance config reports)',
  version: 1,
  files: (dir) => [
    ...listFiles(join(dir, 'aave-v3/config-reports'), '.json'),
    ...listFiles(join(dir, 'aave-v3/config-reports'), '.md'),
  ],
  tables: [{ table: 'lending_rate_strategies', dayColumn: 'as_of' }],
  caveats: [
    'Strategies as of each report day: governance has changed many since, so a strategy is trusted only while it reproduces the observed rates.',
  ],
  async load(tx, files) {
    const rowsByFile = new Map<string, number>();
    for (const file of files) {
      const rows = parseAaveConfigReport(file);
      await tx.appendRateStrategies(ID, rows);
      rowsByFile.set(file, rows.length);
    }
    return { rowsByFile, flags: [] };
  },
};
