import { join } from 'node:path';
import { EXTREME_APY } from '../../model/poolYield.ts';
import type { Dataset, Flag } from './dataset.ts';

const ID = 'defillama/yield-pool-history';
/** How many DEX protocols the data README says the history covers. */
const DOCUMENTED_PROTOCOLS = 7;

/**
 * DefiLlama Yields `/chart/{pool}` daily histories (TVL USD, APY, base and reward APY in percent) of
 * DEX pools, 2023-04..2025-10: the history the incentive-cliff episodes are measured on.
 */
export const defillamaPoolHistory: Dataset = {
  id: ID,
  title: 'DefiLlama pool yield histories (DEX pools, 2023-04..2025-10)',
  version: 1,
  files: (dir) => [join(dir, 'yields/defillama_pool_history_2023-04_2025-10.parquet')],
  tables: [
    { table: 'yield_pools', dayColumn: null },
    { table: 'yield_pool_days', dayColumn: 'day' },
  ],
  caveats: [
    'DEX pools only (PancakeSwap AMM V3, Aerodrome Slipstream, Fluid DEX): no lending pool histories.',
    'Aerodrome Slipstream and Fluid DEX histories start in 2025-06/07: no 90-day outcomes for most of their episodes.',
  ],
  async load(tx, [file]) {
    const f = file as string;
    const { rows, protocols, relabelled, extreme } = await tx.loadPoolHistory(ID, f);
    await tx.deriveYieldFacts();
    const flags: Flag[] = [];
    if (protocols.length < DOCUMENTED_PROTOCOLS)
      flags.push({
        kind: 'coverage-below-documented',
        excluded: false,
        subject: 'protocols',
        message: `${protocols.length} protocols (${protocols.join(', ')}), where the data README says ${DOCUMENTED_PROTOCOLS}`,
        file: f,
      });
    if (relabelled > 0)
      flags.push({
        kind: 'pool-relabelled',
        excluded: false,
        subject: `${relabelled} pools`,
        message: `${relabelled} pool ids change protocol or chain within their history: the newest is kept`,
        file: f,
      });
    if (extreme > 0)
      flags.push({
        kind: 'extreme-apy',
        excluded: true,
        subject: `${extreme} pool-days`,
        message: `${extreme} pool-days report an APY above ${EXTREME_APY}%: kept, shown as reported, and left out of weighted figures and the cliff`,
        file: f,
      });
    return { rowsByFile: new Map([[f, rows]]), flags };
  },
};
