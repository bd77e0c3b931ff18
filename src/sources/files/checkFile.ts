import { existsSync, statSync } from 'node:fs';
import { ValidationError } from '../../core/errors.ts';

/** Fails with a clear error when a dataset file is missing, not a file, or empty. */
export function checkFile(file: string): void {
  if (!existsSync(file)) throw new ValidationError('file not found', { source: file });
  if (!statSync(file).isFile()) throw new ValidationError('not a file', { source: file });
  if (statSync(file).size === 0) throw new ValidationError('file is empty', { source: file });
}
