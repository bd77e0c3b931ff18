import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ValidationError } from '../core/errors.ts';
import type { Alert } from './evaluateRules.ts';

/** The key that deduplicates an alert: one rule on one subject fires once until it stops firing. */
export const alertKey = (a: Pick<Alert, 'rule' | 'subject'>) => `${a.rule}|${a.subject ?? ''}`;

/**
 * What the alert-state file remembers between runs: the keys of the alerts firing at the last
 * evaluation, and the alerts not yet delivered to the webhook (sent again every cycle until a 2xx).
 * File: `{"firing": [keys], "pending": [alerts]}` (a file without `pending` has none).
 */
export type AlertState = { firing: Set<string>; pending: Alert[] };

/** Reads the alert state (empty when the file does not exist). */
export function readState(file: string): AlertState {
  if (!existsSync(file)) return { firing: new Set(), pending: [] };
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { firing?: unknown; pending?: unknown };
    if (!Array.isArray(data.firing) || !data.firing.every((k) => typeof k === 'string'))
      throw new Error('expected {"firing": [keys], "pending": [alerts]}');
    const pending = data.pending ?? [];
    if (!Array.isArray(pending) || !pending.every(isAlert))
      throw new Error('"pending" must be a list of alerts');
    return { firing: new Set(data.firing), pending };
  } catch (err) {
    throw new ValidationError(`alert state unreadable: ${(err as Error).message}`, { source: file });
  }
}

/** Writes the alert state atomically (a crash leaves the old state). */
export function writeState(file: string, state: AlertState): void {
  mkdirSync(dirname(file), { recursive: true });
  const data = { firing: [...state.firing].sort(), pending: state.pending };
  writeFileSync(`${file}.tmp`, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

function isAlert(value: unknown): value is Alert {
  const a = value as Partial<Alert> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.rule === 'string' &&
    typeof a.asOf === 'string' &&
    typeof a.value === 'number' &&
    (a.subject === null || typeof a.subject === 'string')
  );
}
