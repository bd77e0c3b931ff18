import { type Day, parseDay } from '../core/day.ts';
import { ConfigError } from '../core/errors.ts';

/** A UTC day from a flag, or null when the flag is absent; anything else is a clear error. */
export function dayOption(value: string | undefined, flag: string): Day | null {
  if (value === undefined) return null;
  const day = parseDay(value);
  if (!day) throw new ConfigError(`not a day: "${value}" (expected YYYY-MM-DD)`, { field: flag });
  return day;
}

/** A positive number from a flag (counts, windows, USD thresholds). */
export function numberOption(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isFinite(n) || n < 0)
    throw new ConfigError(`not a non-negative number: "${value}"`, { field: flag });
  return n;
}
