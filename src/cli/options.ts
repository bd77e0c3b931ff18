import { Option } from 'commander';
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

/** How an answer is printed: a table for people, the document, its main table as CSV, or Markdown. */
export type Format = 'text' | 'json' | 'csv' | 'md';

/** The `--format` option every analytics command takes (`formats` narrows it where one makes no sense). */
export function formatOption(formats: readonly Format[] = ['text', 'json', 'csv', 'md']): Option {
  return new Option('--format <format>', 'output format').choices(formats).default('text');
}
