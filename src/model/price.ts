import type { Day } from '../core/day.ts';

/** One asset's daily OHLC in USD and traded volume (in the asset's units). */
export type DailyPrice = {
  asset: string;
  day: Day;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
};

/** A stablecoin's circulating supply on one day, in USD. */
export type StablecoinSupply = { coin: string; day: Day; circulatingUsd: number };
