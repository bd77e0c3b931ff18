import type { Day } from '../core/day.ts';
import type { DailyPoint } from '../model/tvl.ts';

/** The unit a figure is shown in: US dollars, or ether / bitcoin at that day's close. */
export type Denomination = 'usd' | 'eth' | 'btc';
export const DENOMINATIONS: readonly Denomination[] = ['usd', 'eth', 'btc'];

/** Converts USD to a unit by each day's close; a day without a price gives null, never zero. */
export type Denominator = { unit: Denomination; convert(day: Day, usd: number): number | null };

/** Builds a converter from daily closes (USD per unit); `usd` needs none. */
export function denominator(unit: Denomination, closes: readonly DailyPoint[]): Denominator {
  if (unit === 'usd') return { unit, convert: (_day, usd) => usd };
  const byDay = new Map(closes.map((p) => [p.day, p.value]));
  return {
    unit,
    convert(day, usd) {
      const price = byDay.get(day);
      return price === undefined || price <= 0 ? null : usd / price;
    },
  };
}

/** The asset whose price a unit needs. */
export function priceAsset(unit: Exclude<Denomination, 'usd'>): 'ETH' | 'BTC' {
  return unit === 'eth' ? 'ETH' : 'BTC';
}
