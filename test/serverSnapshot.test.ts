import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import { type ApiServer, startApiServer } from './helpers/apiServer.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { importedStore } from './helpers/importedStore.ts';
import { runCliAsync } from './helpers/runCli.ts';

/** Marks the store as written by another process (a new mtime), so the server takes a new snapshot. */
const touch = (file: string) => {
  const later = new Date(statSync(file).mtimeMs + 1000);
  utimesSync(file, later, later);
};
const snapshots = (db: string) =>
  readdirSync(join(db, '..')).filter((n) => n.startsWith('store.duckdb.serve-') && !n.endsWith('.wal'));

async function health(api: ApiServer) {
  const r = await fetch(`${api.url}/api/v1/health`);
  return { status: r.status, cache: r.headers.get('cache-control'), body: await r.json() };
}

/** True when this process may mount a tmpfs (root with CAP_SYS_ADMIN): a real full disk. */
function canMountTmpfs(): boolean {
  const dir = tempDir('faultline-mount-probe-');
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]).status !== 0) return false;
  spawnSync('umount', [dir]);
  return true;
}

describe('snapshot refresh: built aside, checked, swapped, freed when no request holds it', () => {
  let api: ApiServer;
  let db: string;
  before(async () => {
    api = await startApiServer();
    db = api.env.FAULTLINE_DB as string;
  });
  after(() => api.close());

  it('says how old the served data is, and is never cached', async () => {
    const h = await health(api);
    assert.equal(h.status, 200);
    assert.equal(h.body.status, 'ok');
    assert.equal(h.cache, 'no-store');
    assert.match(h.body.dataThrough, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(Date.parse(h.body.snapshot.takenAt) <= Date.now());
    assert.equal(typeof h.body.snapshot.ageSeconds, 'number');
    assert.equal(h.body.refresh.failures, 0);
  });

  it('gives overlapping refreshes one new snapshot under a name never used before', async () => {
    const generation = api.snapshot.generation();
    const names = new Set(snapshots(db));
    touch(db);
    const [a, b] = await Promise.all([api.snapshot.refresh(), api.snapshot.refresh()]);
    assert.deepEqual([a, b], [true, true]);
    assert.equal(api.snapshot.generation(), generation + 1);
    const now = snapshots(db);
    assert.equal(now.filter((n) => !names.has(n)).length, 1, `new: ${now.join(', ')}`);
    const l2 = await fetch(`${api.url}/api/v1/l2`);
    assert.equal(l2.status, 200);
  });

  it('frees a replaced snapshot only when the last request holding it lets go', async () => {
    const held = api.snapshot.acquire();
    touch(db);
    assert.equal(await api.snapshot.refresh(), true);
    assert.ok(existsSync(held.file), 'kept while a request holds it');
    assert.ok((await held.store.datasetImports()).length > 0, 'and still readable');
    held.release();
    for (let i = 0; i < 120 && existsSync(held.file); i++) await sleep(50);
    assert.equal(existsSync(held.file), false, 'freed once released');
  });

  it('refuses an empty or partial store in place of the served one, degrades /health, then recovers', async () => {
    const generation = api.snapshot.generation();
    const real = `${db}.real`;
    const empty = join(db, '../empty.duckdb');
    const emptyStore = await createDuckDbStore(empty);
    await emptyStore.migrate();
    emptyStore.close();
    renameSync(db, real);
    renameSync(empty, db);
    await assert.rejects(api.snapshot.refresh(), /holds no data/);
    const degraded = await health(api);
    assert.equal(degraded.status, 503);
    assert.equal(degraded.body.status, 'degraded');
    assert.equal(degraded.body.generation, generation);
    assert.equal(degraded.body.refresh.behind, true);
    assert.match(degraded.body.refresh.lastError, /holds no data/);
    assert.equal(typeof degraded.body.snapshot.ageSeconds, 'number');
    const l2 = await fetch(`${api.url}/api/v1/l2`);
    assert.equal(l2.status, 200, 'the old generation still answers');
    assert.ok((await l2.json()).systems.length > 0);

    rmSync(db);
    const partial = await DuckDBInstance.create(db);
    const conn = await partial.connect();
    await conn.run(
      `CREATE TABLE schema_migrations AS SELECT range::INTEGER AS version, 'm' AS name, now() AS applied_at FROM range(1, 100);
       CREATE TABLE chains (id VARCHAR, name VARCHAR, layer VARCHAR, parent VARCHAR, stack VARCHAR, da VARCHAR);
       CREATE TABLE dataset_imports (dataset VARCHAR)`,
    );
    conn.closeSync();
    partial.closeSync();
    await assert.rejects(api.snapshot.refresh(), /lacks \d+ table\(s\)/);
    assert.equal((await health(api)).body.refresh.failures, 2);

    rmSync(db);
    renameSync(real, db);
    touch(db);
    assert.equal(await api.snapshot.refresh(), true);
    const ok = await health(api);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.status, 'ok');
    assert.equal(ok.body.generation, generation + 1);
    assert.equal(ok.body.refresh.failures, 0);
    assert.equal(snapshots(db).length, 1, 'the refused copies were removed');
  });
});

describe('a full disk under the store', () => {
  const tmpfs = canMountTmpfs();
  let api: ApiServer;
  let dir: string;
  before(async () => {
    if (!tmpfs) return;
    dir = tempDir('faultline-full-');
    const probe = tempDir();
    const size = statSync(importedStore(probe, 'probe.duckdb')).size;
    rmSync(probe, { recursive: true, force: true });
    assert.equal(
      spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size * 3 + 8 * 2 ** 20}`, 'tmpfs', dir]).status,
      0,
    );
    api = await startApiServer({ dir });
  });
  after(async () => {
    if (!tmpfs) return;
    await api.close();
    spawnSync('umount', [dir]);
  });

  it('keeps serving the last snapshot, says the disk is full and degrades /health, then recovers', {
    skip: !tmpfs && 'mounting a tmpfs needs root with CAP_SYS_ADMIN',
  }, async () => {
    const db = join(dir, 'store.duckdb');
    const filler = join(dir, 'filler');
    const free = Number(
      spawnSync('df', ['--output=avail', '-B1', dir], { encoding: 'utf8' }).stdout.split('\n')[1],
    );
    writeFileSync(filler, Buffer.alloc(Math.max(0, free - 2 ** 20)));
    touch(db);
    await assert.rejects(api.snapshot.refresh(), /the disk is full/);
    const degraded = await health(api);
    assert.equal(degraded.status, 503);
    assert.match(degraded.body.refresh.lastError, /the disk is full: .* free on its file system/);
    assert.equal((await fetch(`${api.url}/api/v1/l2`)).status, 200);
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.startsWith('store.duckdb.serve-')).length,
      1,
      'no partial copy left',
    );
    rmSync(filler);
    assert.equal(await api.snapshot.refresh(), true);
    assert.equal((await health(api)).body.status, 'ok');
  });
});

describe('faultline serve', () => {
  it('removes the snapshots a killed server left behind before it starts', async () => {
    const dir = tempDir('faultline-serve-');
    const db = importedStore(dir, 'store.duckdb');
    const dead = 2_147_483_646;
    for (const name of [`store.duckdb.serve-${dead}-3`, `store.duckdb.serve-${dead}-3.wal`])
      writeFileSync(join(dir, name), 'left by a SIGKILLed serve');
    const live = `store.duckdb.serve-${process.pid}-99`;
    writeFileSync(join(dir, live), 'a running server in this process');
    let stderr = '';
    let child: import('node:child_process').ChildProcess | undefined;
    const url = await new Promise<string>((resolve, reject) => {
      runCliAsync(['serve', '--port', '0'], { FAULTLINE_DB: db, FAULTLINE_DATA: REAL_DATA }, (c) => {
        child = c;
        c.stderr?.on('data', (d) => {
          stderr += d;
          const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
          if (m?.[1]) resolve(m[1]);
        });
      }).then(({ code }) => reject(new Error(`serve exited ${code}: ${stderr}`)), reject);
    });
    try {
      assert.match(stderr, /removed 2 snapshot file\(s\) a stopped server left behind/);
      assert.equal(existsSync(join(dir, `store.duckdb.serve-${dead}-3`)), false);
      assert.equal(existsSync(join(dir, live)), true, "a live process's snapshot stays");
      const h = await fetch(`${url}/api/v1/health`);
      assert.equal(h.status, 200);
    } finally {
      child?.kill('SIGTERM');
    }
  });
});
