import { basename, join } from 'node:path';
import type { Day } from '../../core/day.ts';
import type { Dataset, Flag } from './dataset.ts';

const ID = 'defillama/yield-pools-snapshot';

/**
 * DefiLlama Yields `/pools` on 2025-10-06 (5,872 DEX pools: TVL, APY split, underlying and reward
 * tokens) and its enriched subset (stablecoin, exposure, pool meta): the reward tokens that pay the
 * incentives.
 */
export const defillamaPoolsSnapshot: Dataset = {
  id: ID,
  title: 'DefiLlama pools snapshot with reward tokens (2025-10-06)',
  version: 1,
  files: (dir) => [
    join(dir, 'yields/defillama_pools_2025-10-06.parquet'),
    join(dir, 'yields/defillama_pool_state_2025-10-06.parquet'),
  ],
  tables: [
    { table: 'yield_pools', dayColumn: null },
    { table: 'yield_pool_days', dayColumn: 'day' },
  ],
  caveats: [
    'DEX pools of 8 protocols only (Uniswap V2/V3, Curve, Fluid, Aerodrome V1/Slipstream, PancakeSwap AMM/V3): no lending pools.',
    'One day; each pool as last updated (up to a week before the snapshot).',
    'A listed reward token with no reward APY pays nothing that day (or DefiLlama could not price it).',
  ],
  async load(tx, files) {
    const [pools, state] = files as [string, string];
    const day = (/(\d{4}-\d{2}-\d{2})/.exec(basename(pools))?.[1] ?? '2025-10-06') as Day;
    const { rows, stateRows, stale, stateDays, stateOnly } = await tx.loadPoolsSnapshot(
      ID,
      pools,
      state,
      day,
    );
    await tx.deriveYieldFacts();
    const flags: Flag[] = [];
    if (stale > 0)
      flags.push({
        kind: 'stale-pools',
        excluded: false,
        subject: `${stale} pools`,
        message: `${stale} pools were last updated more than a day before ${day}: kept as DefiLlama serves them, dated ${day}`,
        file: pools,
      });
    if (stateDays.some((d) => d !== day))
      flags.push({
        kind: 'file-day-mismatch',
        excluded: true,
        subject: 'pool state',
        message: `the enriched file is named for ${day} but its rows are of ${stateDays.join(', ')}: only its stablecoin, exposure and pool meta are used`,
        file: state,
      });
    if (stateOnly > 0)
      flags.push({
        kind: 'unmatched-pools',
        excluded: true,
        subject: `${stateOnly} pools`,
        message: `${stateOnly} pools of the enriched file are not in the snapshot: left out`,
        file: state,
      });
    return {
      rowsByFile: new Map([
        [pools, rows],
        [state, stateRows],
      ]),
      flags,
    };
  },
};
