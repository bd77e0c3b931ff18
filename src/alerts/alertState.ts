import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ValidationError } from '../core/errors.ts';
import type { Alert } from './evaluateRules.ts';

/** The key that deduplicates an alert: one rule on one subject fires once until it stops firing. */
export const alertKey = (a: Pick<Alert, 'rule' | 'subject'>) => `${a.rule}|${a.subject ?? ''}`;

/** Reads the keys of the alerts firing at the last evaluation (none when the file does not exist). */
export function readAlertState(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { firing?: unknown };
    if (!Array.isArray(data.firing) || !data.firing.every((k) => typeof k === 'string'))
      throw new Error('expected {"firing": [keys]}');
    return new Set(data.firing);
  } catch (err) {
    throw new ValidationError(`alert state unreadable: ${(err as Error).message}`, { source: file });
  }
}

/** Writes the keys of the alerts firing now (atomically: a crash leaves the old state). */
export function writeAlertState(file: string, firing: Iterable<string>): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ firing: [...firing].sort() }, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}
