import { type Day, dayFromDate } from '../core/day.ts';
import type { RowFlag } from './loadTx.ts';

/** Bitcoin's genesis block (2009-01-03): no crypto-asset figure is dated before it. */
export const GENESIS_DAY = '2009-01-03' as Day;

/** Today's UTC day: a figure dated after it is not data yet. */
export const todayUtc = (): Day => dayFromDate(new Date());

/**
 * The row rules every importer applies, in one place (a dataset that parses its file itself, and every
 * store's staged loads). A row that breaks one is not data: it is
 * flagged (kind, file, place, field, value) and kept out of the store's totals, and the rest of the
 * dataset imports. `impossible-day`: a day after today (UTC) or before Bitcoin's genesis block;
 * `negative-tvl`: a TVL below $0 (DefiLlama rejects such an update too).
 */
export const ROW_RULES = { impossibleDay: 'impossible-day', negativeTvl: 'negative-tvl' } as const;

/** Why `day` cannot date a figure (after `today`, or before the genesis block), or null when it can. */
export function impossibleDay(day: string, today: Day = todayUtc()): string | null {
  if (day > today) return `${day} is after today (${today}, UTC): not data yet`;
  if (day < GENESIS_DAY) return `${day} is before Bitcoin's genesis block (${GENESIS_DAY})`;
  return null;
}

/** The flag of a negative TVL (USD), the same for every importer. */
export function negativeTvlFlag(row: Omit<RowFlag, 'kind' | 'message' | 'usd'> & { usd: number }): RowFlag {
  return {
    ...row,
    kind: ROW_RULES.negativeTvl,
    message: `a TVL of ${row.usd} USD is below $0: not a value; the row is flagged and kept out of totals`,
  };
}

/** The flag of a row whose day is impossible (`impossibleDay`'s reason). */
export function impossibleDayFlag(row: Omit<RowFlag, 'kind' | 'message' | 'usd'>, reason: string): RowFlag {
  return { ...row, usd: null, kind: ROW_RULES.impossibleDay, message: `${reason}; the row is kept out` };
}
