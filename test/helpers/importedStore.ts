import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REAL_DATA } from './dataDir.ts';
import { runCli } from './runCli.ts';

const ROOT = join(import.meta.dirname, '../..');

function hashTree(hash: ReturnType<typeof createHash>, dir: string, contents: boolean): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) hashTree(hash, path, contents);
    else {
      const s = statSync(path);
      hash.update(
        `${path}:${s.size}:${contents ? createHash('sha256').update(readFileSync(path)).digest('hex') : s.mtimeMs}\n`,
      );
    }
  }
}

/** The cached store's name: the code that imports (every source file) and the data it imports (sizes, times). */
function cacheKey(): string {
  const hash = createHash('sha256');
  hashTree(hash, join(ROOT, 'src'), true);
  hashTree(hash, REAL_DATA, false);
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * A store holding the real data, imported once per code and data version by `faultline import` (as a
 * user would) and copied for each test file, so the suite imports the real data once instead of once a
 * file. Test processes running at once share the import through a lock file. Returns the copy's path.
 */
export function importedStore(dir: string, name = 'store.duckdb'): string {
  const copy = join(dir, name);
  copyFileSync(cachedStore(), copy);
  return copy;
}

/**
 * The suite's imported store (read it through a copy, `importedStore`): imports the real data when this
 * code and data have none yet. `npm test` calls it while it type-checks, so the first test finds it.
 */
export function cachedStore(): string {
  const cache = join(tmpdir(), 'faultline-test-stores');
  mkdirSync(cache, { recursive: true });
  const stored = join(cache, `${cacheKey()}.duckdb`);
  const lock = `${stored}.lock`;
  for (let waited = 0; !existsSync(stored); waited += 200) {
    let fd: number | null = null;
    try {
      fd = openSync(lock, 'wx');
    } catch {
      if (waited > 10 * 60_000) throw new Error(`waited 10 minutes for ${lock}: remove it if no test runs`);
      sleep(200);
      continue;
    }
    try {
      const fresh = `${stored}.${process.pid}`;
      const r = runCli(['import'], { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: fresh });
      if (r.code !== 0) throw new Error(`importing the real data failed: ${r.stderr}`);
      renameSync(fresh, stored);
      for (const old of readdirSync(cache))
        if (
          old.endsWith('.duckdb') &&
          join(cache, old) !== stored &&
          Date.now() - statSync(join(cache, old)).mtimeMs > 86_400_000
        )
          rmSync(join(cache, old), { force: true });
    } finally {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }
  return stored;
}
