import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { runCli } from './helpers/runCli.ts';

const ROOT = join(import.meta.dirname, '..');
const LIMIT_MIB = 6;

/** True when this process may mount a tmpfs (root with CAP_SYS_ADMIN): the real ENOSPC. */
function canMountTmpfs(): boolean {
  const dir = tempDir('faultline-mount-probe-');
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]).status !== 0) return false;
  spawnSync('umount', [dir]);
  return true;
}

type ChildImport = {
  code: number | null;
  out: { imported: string[]; unchanged: string[]; failed: { dataset: string; message: string }[] } | null;
  stderr: string;
};

/** Runs an import in a child process (test/helpers/importChild.ts), under `ulimit -f` when asked. */
function importInChild(db: string, ids: string[], fileLimitKiB: number | null = null): ChildImport {
  const node = [
    process.execPath,
    '--import',
    'tsx',
    join(ROOT, 'test/helpers/importChild.ts'),
    db,
    REAL_DATA,
    ...ids,
  ];
  // SIGXFSZ ignored, so a write past the limit fails with EFBIG instead of killing the process.
  const r =
    fileLimitKiB === null
      ? spawnSync(node[0] as string, node.slice(1), { cwd: ROOT, encoding: 'utf8' })
      : spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${fileLimitKiB}; exec "$@"`, 'bash', ...node], {
          cwd: ROOT,
          encoding: 'utf8',
        });
  return { code: r.status, out: r.status === 0 ? JSON.parse(r.stdout) : null, stderr: r.stderr };
}

const SMALL3 = ['defillama/chain-tvl-daily', 'stablecoins/daily-supply', 'prices/daily'];
const TWO = ['defillama/chain-tvl-daily', 'defillama/protocol-chain-tvl-daily'];
const tmpfs = canMountTmpfs();

describe('disk safety', () => {
  describe(`a full disk during import (${tmpfs ? `a ${LIMIT_MIB} MiB tmpfs` : `ulimit -f ${LIMIT_MIB} MiB: no tmpfs mount here`})`, () => {
    const dir = join(tempDir(), 'small');
    mkdirSync(dir);
    const db = join(dir, 'store.duckdb');
    if (tmpfs)
      assert.equal(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${LIMIT_MIB}m`, 'tmpfs', dir]).status, 0);
    after(() => {
      if (tmpfs) spawnSync('umount', [dir]);
    });

    it('fails the dataset that did not fit, saying the disk is full with the file and the free space', () => {
      const r = importInChild(db, TWO, tmpfs ? null : LIMIT_MIB * 1024);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(r.out?.imported, ['defillama/chain-tvl-daily']);
      assert.deepEqual(
        r.out?.failed.map((f) => f.dataset),
        ['defillama/protocol-chain-tvl-daily'],
      );
      const said = r.out?.failed[0]?.message ?? '';
      assert.match(said, /store\.duckdb(\.wal)?: the disk is full: [\d.,]+ MiB free on its file system/);
      if (!tmpfs) assert.match(said, /the file-size limit for this process, `ulimit -f`, is reached/);
      assert.doesNotMatch(`${said}\n${r.stderr}`, /cannot rollback|no transaction is active/);
    });

    it('imports the rest once space is freed, into a store that reads whole', () => {
      if (tmpfs) assert.equal(spawnSync('mount', ['-o', 'remount,size=64m', dir]).status, 0);
      const r = importInChild(db, TWO);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(r.out?.failed, []);
      assert.deepEqual([...(r.out?.imported ?? []), ...(r.out?.unchanged ?? [])].sort(), [...TWO].sort());
      const q = runCli([
        '--db',
        db,
        'query',
        "SELECT count(*) AS n FROM protocol_tvl_daily WHERE dataset = 'defillama/protocol-chain-tvl-daily'",
        '--format',
        'json',
      ]);
      assert.equal(q.code, 0, q.stderr);
      assert.ok(Number((JSON.parse(q.stdout) as { n: string }[])[0]?.n) > 0);
    });
  });

  it('re-importing the same files three times keeps the store within 10% of its first size', async () => {
    const db = join(tempDir(), 'reimport.duckdb');
    const datasets = DATASETS.filter((d) => SMALL3.includes(d.id));
    const sizes: number[] = [];
    for (let round = 0; round < 4; round++) {
      const store = await createDuckDbStore(db);
      await store.migrate();
      // A new importer version re-imports unchanged files, as after an upgrade.
      const summary = await importDatasets({
        store,
        dataDir: REAL_DATA,
        datasets: datasets.map((d) => ({ ...d, version: d.version + round })),
      });
      store.close();
      assert.equal(summary.imported.length, datasets.length);
      sizes.push(statSync(db).size);
    }
    const [first = 0, ...later] = sizes;
    for (const size of later)
      assert.ok(size <= first * 1.1, `sizes ${sizes.map((s) => (s / 2 ** 20).toFixed(1)).join(' → ')} MiB`);
  });
});
