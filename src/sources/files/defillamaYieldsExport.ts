import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Day } from '../../core/day.ts';
import { checkFile } from './checkFile.ts';
import type { Dataset } from './dataset.ts';
import { parseYieldsExport } from './parseYieldsExport.ts';
import { yieldsExportPools } from './yieldsExportPools.ts';

const ID = 'defillama/yields-export';
/** The export carries no date; the data README dates it ~2025-04-10. */
export const YIELDS_EXPORT_DAY = '2025-04-10' as Day;

/**
 * DefiLlama's yields page exported to CSV (~14.7k pools, ~2025-04-10): base and reward APY, TVL,
 * category, and the supply and borrow side of lending pools (ZeroLend's included). Rows broken by an
 * unquoted comma are repaired or kept apart, each flagged with its line.
 */
export const defillamaYieldsExport: Dataset = {
  id: ID,
  title: 'DefiLlama yields export (~2025-04)',
  version: 1,
  files: (dir) => [join(dir, 'yields/defillama_yields_pools_2025-04.csv')],
  tables: [
    { table: 'yield_pools', dayColumn: null },
    { table: 'yield_pool_days', dayColumn: 'day' },
  ],
  caveats: [
    `Undated export: taken as of ${YIELDS_EXPORT_DAY} (the data README's ~2025-04-10).`,
    'No pool ids: pools are named by project, chain, symbol, meta and rank in the file.',
    'Pools with a total APY but no base/reward split have an unknown incentive share.',
  ],
  async load(tx, [file]) {
    const f = file as string;
    checkFile(f);
    const parsed = parseYieldsExport(readFileSync(f, 'utf8'), f);
    const { pools, days, flags } = yieldsExportPools(parsed.rows, YIELDS_EXPORT_DAY, f);
    await tx.appendYieldPools(ID, pools);
    await tx.appendYieldDays(ID, days);
    await tx.deriveYieldFacts();
    return {
      rowsByFile: new Map([[f, parsed.dataLines]]),
      flags: [
        ...parsed.flags,
        {
          kind: 'approximate-day',
          excluded: false,
          subject: 'all pools',
          message: `the export has no date: its pools are dated ${YIELDS_EXPORT_DAY}, the data README's "~2025-04-10"`,
          file: f,
        },
        ...flags,
      ],
    };
  },
};
