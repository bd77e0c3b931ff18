import type { Day } from '../../../core/day.ts';
import { YIELDS_LIVE_DATASET, type YieldDayRow, type YieldPoolRow } from '../../yieldStore.ts';
import type { SqlTx } from '../session.ts';
import { appendYieldDays, appendYieldPools } from './appendYieldRows.ts';

/**
 * Writes a live `/pools` answer: each listed pool's attributes replace its earlier live ones (pools no
 * longer listed keep theirs, for their history), and its day `day` replaces any live row of that day.
 */
export async function writeLivePools(
  tx: SqlTx,
  day: Day,
  pools: readonly YieldPoolRow[],
  days: readonly YieldDayRow[],
): Promise<void> {
  await tx.run('CREATE OR REPLACE TEMP TABLE live_pools (pool VARCHAR)');
  await tx.append(
    'live_pools',
    [['pool', 'varchar']],
    pools.map((p) => [p.pool]),
  );
  await tx.run('DELETE FROM yield_pools WHERE dataset = ? AND pool IN (SELECT pool FROM live_pools)', [
    YIELDS_LIVE_DATASET,
  ]);
  await tx.run(
    'DELETE FROM yield_pool_days WHERE dataset = ? AND day = ?::DATE AND pool IN (SELECT pool FROM live_pools)',
    [YIELDS_LIVE_DATASET, day],
  );
  await tx.run('DROP TABLE live_pools');
  await appendYieldPools(tx, YIELDS_LIVE_DATASET, pools);
  await appendYieldDays(tx, YIELDS_LIVE_DATASET, days);
}

/** Writes a live `/chart/{pool}` answer: the pool's days replace its earlier live days from its first to its last day. */
export async function writeLivePoolHistory(
  tx: SqlTx,
  pool: string,
  days: readonly YieldDayRow[],
): Promise<void> {
  const first = days.reduce<Day | null>((m, d) => (m === null || d.day < m ? d.day : m), null);
  const last = days.reduce<Day | null>((m, d) => (m === null || d.day > m ? d.day : m), null);
  if (first === null || last === null) return;
  await tx.run(
    'DELETE FROM yield_pool_days WHERE dataset = ? AND pool = ? AND day BETWEEN ?::DATE AND ?::DATE',
    [YIELDS_LIVE_DATASET, pool, first, last],
  );
  await appendYieldDays(tx, YIELDS_LIVE_DATASET, days);
}
