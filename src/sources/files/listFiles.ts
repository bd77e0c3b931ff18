import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '../../core/errors.ts';

/** Files in `dir` (recursively) whose names end with `ext`, sorted; a missing or empty folder is an error. */
export function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new ValidationError('folder not found', { source: dir });
  const found = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .map((name) => join(dir, name))
    .sort();
  if (found.length === 0) throw new ValidationError(`no ${ext} files`, { source: dir });
  return found;
}
