import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The real data folder: FAULTLINE_DATA or ../shared/data beside the project. */
export const REAL_DATA = resolve(
  process.env.FAULTLINE_DATA ?? join(import.meta.dirname, '../../../shared/data'),
);

if (!existsSync(REAL_DATA))
  throw new Error(
    `real data not found at ${REAL_DATA}: put shared/ beside the project or set FAULTLINE_DATA`,
  );

/** A fresh temporary folder. */
export function tempDir(prefix = 'faultline-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A copy of the real data folder made of symlinks, except `replace`d files, which are real files the
 * test may damage. Returns the folder.
 */
export function dataCopy(replace: readonly string[] = []): string {
  const dir = tempDir('faultline-data-');
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(REAL_DATA, rel), { withFileTypes: true })) {
      const path = join(rel, entry.name);
      if (entry.isDirectory()) {
        mkdirSync(join(dir, path), { recursive: true });
        walk(path);
      } else if (replace.includes(path)) {
        cpSync(join(REAL_DATA, path), join(dir, path));
      } else {
        symlinkSync(join(REAL_DATA, path), join(dir, path));
      }
    }
  };
  walk('');
  return dir;
}
