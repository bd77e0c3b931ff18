import type { Day } from '../core/day.ts';
import type { Column, IngestCheckpoint } from '../store/store.ts';
import { UNCHANGED, type UnitContext, type UnitOutcome } from './ingestUnit.ts';

/** A daily table a live unit appends to, and the key its last stored day is kept by. */
export type DailyTarget = {
  table: 'chain_tvl_daily' | 'prices_daily' | 'protocol_fees_daily';
  keyColumn: 'chain' | 'asset' | "protocol || '/' || kind";
  columns: readonly Column[];
};

/**
 * Appends the days of keyed daily rows that no source has stored yet (after the key's last stored day,
 * up to `until`, from `since`), with the unit's checkpoint, in one transaction.
 * `rows` maps each key to `[day, row]` pairs.
 */
export async function appendNewDays(
  ctx: UnitContext,
  target: DailyTarget,
  rows: ReadonlyMap<string, readonly (readonly [Day, readonly unknown[]])[]>,
  checkpoint: IngestCheckpoint,
  bytes: number,
): Promise<UnitOutcome> {
  const last = await ctx.exclusive((s) => s.lastDays(target.table, target.keyColumn));
  const fresh: (readonly unknown[])[] = [];
  for (const [key, days] of rows) {
    const after = last.get(key);
    for (const [day, row] of days) {
      if ((!after || day > after) && day <= ctx.until && (!ctx.since || day >= ctx.since)) fresh.push(row);
    }
  }
  if (fresh.length === 0 && ctx.checkpoint?.targetDay === ctx.until) return { ...UNCHANGED, bytes };
  await ctx.commit({
    checkpoint,
    flags: [],
    write: async (tx) => {
      if (fresh.length > 0) await tx.append(target.table, target.columns, fresh);
    },
  });
  return { status: 'written', bytes, newPoints: fresh.length, excluded: 0, warnings: 0 };
}
