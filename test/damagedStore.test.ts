import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { StoreBusyError } from '../src/core/errors.ts';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import { moveStoreAside } from '../src/store/duckdb/moveStoreAside.ts';
import { openDuckDb } from '../src/store/duckdb/openDuckDb.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { runCliAsync } from './helpers/runCli.ts';

/** Two small real datasets: enough for several blocks of table data, seconds to import. */
const SMALL = DATASETS.filter((d) => ['defillama/chain-tvl-daily', 'aave-v3/volatility'].includes(d.id));
const ROOT = join(import.meta.dirname, '..');
/** DuckDB's file header: the main header and two database headers, 4096 bytes each (storage_info.hpp). */
const HEADERS_BYTES = 3 * 4096;
const REBUILD = /rebuild it with `faultline import --rebuild`/;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function patch(file: string, offset: number, bytes: (old: Uint8Array) => Uint8Array): void {
  const old = readFileSync(file).subarray(offset, offset + 8);
  const fd = openSync(file, 'r+');
  const next = bytes(Uint8Array.from(old));
  writeSync(fd, next, 0, next.length, offset);
  closeSync(fd);
}

/** A CLI run in a child process, killed after `killAfterMs`: a crash or a hang is a failed assertion here. */
async function cli(args: string[], killAfterMs = 60_000, env: Record<string, string> = {}) {
  let child: ChildProcess | undefined;
  const timer = setTimeout(() => child?.kill('SIGKILL'), killAfterMs);
  const r = await runCliAsync(args, env, (c) => {
    child = c;
  });
  clearTimeout(timer);
  return r;
}

describe('a damaged store is named, never a crash', () => {
  const dir = tempDir();
  const healthy = join(dir, 'healthy.duckdb');
  /** File offset of a block holding chain_tvl_daily rows (from DuckDB's own storage_info). */
  let dataBlock = 0;
  let blockSize = 0;

  before(async () => {
    const store = await createDuckDbStore(healthy);
    await store.migrate();
    const summary = await importDatasets({ store, dataDir: REAL_DATA, datasets: SMALL });
    store.close();
    assert.equal(summary.imported.length, SMALL.length);
    const db = await DuckDBInstance.create(healthy, { access_mode: 'READ_ONLY' });
    const conn = await db.connect();
    const [size] = (await conn.runAndReadAll('PRAGMA database_size')).getRowObjectsJS();
    const [block] = (
      await conn.runAndReadAll(
        "SELECT max(block_id)::INTEGER AS id FROM pragma_storage_info('chain_tvl_daily') WHERE persistent AND block_id >= 0",
      )
    ).getRowObjectsJS();
    conn.closeSync();
    db.closeSync();
    blockSize = Number(size?.block_size);
    dataBlock = HEADERS_BYTES + Number(block?.id) * blockSize;
    assert.ok(dataBlock + blockSize <= statSync(healthy).size, 'the data block lies inside the file');
  });

  const damages: { name: string; damage: (file: string) => void; reason: RegExp }[] = [
    {
      name: 'truncated to half its size',
      damage: (f) => truncateSync(f, Math.floor(statSync(f).size / 2)),
      reason: /the file is cut short \(\d+ bytes\)/,
    },
    {
      name: 'a block of table data zeroed',
      damage: (f) => patch(f, dataBlock, () => Buffer.alloc(blockSize)),
      reason: /a block's checksum does not match its contents \(the block at byte \d+\)/,
    },
    {
      name: "a data block's checksum bytes flipped",
      damage: (f) => patch(f, dataBlock, (b) => b.map((x) => x ^ 0xa5)),
      reason: /a block's checksum does not match its contents \(the block at byte \d+\)/,
    },
    {
      // DuckDB says "... in block at location 0": "block" once read as a lock, after a 15 s wait.
      name: "the main header's checksum flipped",
      damage: (f) => patch(f, 0, (b) => b.map((x) => x ^ 0xff)),
      reason: /a block's checksum does not match its contents \(the block at byte 0\)/,
    },
    {
      name: 'its header overwritten with zeros',
      damage: (f) => patch(f, 0, () => Buffer.alloc(HEADERS_BYTES)),
      reason: /it is not a DuckDB database file/,
    },
  ];

  for (const d of damages) {
    it(`${d.name}: query and quality exit 1 naming the damage, no crash, the file untouched`, async () => {
      const file = join(dir, `${d.name.replace(/\W+/g, '-')}.duckdb`);
      copyFileSync(healthy, file);
      d.damage(file);
      const before = sha(file);
      const [query, quality] = await Promise.all([
        cli(['--db', file, 'query', 'SELECT count(*) FROM chain_tvl_daily']),
        cli(['--db', file, 'quality']),
      ]);
      for (const r of [query, quality]) {
        assert.equal(r.signal, null, `no crash: ${r.stderr}`);
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stderr, /the store file is damaged: /);
        assert.match(r.stderr, d.reason);
        assert.match(r.stderr, REBUILD);
        assert.doesNotMatch(r.stderr, /in use|unexpected error/);
      }
      assert.equal(sha(file), before, 'nothing was written to the damaged file');
    });
  }

  it('report, watch and ingest name the damage too, before fetching or writing anything', async () => {
    const file = join(dir, 'every-command.duckdb');
    copyFileSync(healthy, file);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = sha(file);
    const nowhere = { L2BEAT_API_URL: 'http://127.0.0.1:9' };
    const runs = await Promise.all([
      cli(['--db', file, '--data', REAL_DATA, 'report']),
      cli(['--db', file, '--data', REAL_DATA, 'watch', '--alerts', 'examples/alerts.yaml', '--once']),
      cli(['--db', file, 'ingest', 'l2beat', '--until', '2025-12-19'], 60_000, nowhere),
    ]);
    for (const r of runs) {
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /the store file is damaged: the file is cut short/);
      assert.match(r.stderr, REBUILD);
    }
    assert.equal(sha(file), before);
  });

  it('a store damaged in place after a clean close is still read whole and named', async () => {
    const file = join(dir, 'in-place.duckdb');
    copyFileSync(healthy, file);
    const store = await createDuckDbStore(file);
    await store.migrate();
    store.close();
    const clean = await cli(['--db', file, 'query', 'SELECT count(*) FROM chain_tvl_daily']);
    assert.equal(clean.code, 0, clean.stderr);
    patch(file, dataBlock, (b) => b.map((x) => x ^ 0xa5));
    const r = await cli(['--db', file, 'query', 'SELECT count(*) FROM chain_tvl_daily']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /the store file is damaged: a block's checksum does not match/);
  });

  it('a damaged write-ahead log (left by a killed writer) is named as such', async () => {
    const file = join(dir, 'wal.duckdb');
    copyFileSync(healthy, file);
    const killed = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
         const c = await (await DuckDBInstance.create(${JSON.stringify(file)})).connect();
         await c.run("SET checkpoint_threshold = '1GB'");
         await c.run('CREATE TABLE scratch (i BIGINT, s VARCHAR)');
         for (let k = 0; k < 5; k++) await c.run("INSERT INTO scratch SELECT range, 'row ' || range FROM range(20000)");
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { cwd: ROOT },
    );
    assert.equal(killed.signal, 'SIGKILL');
    const wal = `${file}.wal`;
    assert.ok(statSync(wal).size > 100_000, 'the killed writer left a write-ahead log');
    patch(wal, Math.floor(statSync(wal).size / 3), (b) => b.map((x) => x ^ 0xff));
    const r = await cli(['--db', file, 'quality']);
    assert.equal(r.signal, null);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /the store file is damaged: its write-ahead log \(\.wal\) is damaged at byte \d+/);
    assert.match(r.stderr, REBUILD);
  });

  it('a store held by another process is reported as in use, not as damaged', async () => {
    const file = join(dir, 'held.duckdb');
    copyFileSync(healthy, file);
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
         const db = await DuckDBInstance.create(${JSON.stringify(file)});
         process.stdout.write('held\\n');
         process.stdin.on('data', () => { db.closeSync(); process.exit(0); });`,
      ],
      { cwd: ROOT },
    );
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    try {
      await assert.rejects(openDuckDb(file, { lockWaitMs: 300 }), (err: Error) => {
        assert.ok(err instanceof StoreBusyError, err.message);
        assert.match(err.message, /in use by another Faultline process/);
        return true;
      });
      await assert.rejects(moveStoreAside(file), StoreBusyError);
      assert.ok(existsSync(file), 'a held store is not moved aside');
    } finally {
      holder.stdin.write('x');
      await new Promise((resolve) => holder.on('close', resolve));
    }
  });

  describe('faultline import --rebuild', () => {
    const file = join(dir, 'rebuilt.duckdb');
    let damagedSha = '';
    let refused: Awaited<ReturnType<typeof cli>>;
    let rebuilt: Awaited<ReturnType<typeof cli>>;

    before(async () => {
      copyFileSync(healthy, file);
      patch(file, dataBlock, () => Buffer.alloc(blockSize));
      damagedSha = sha(file);
      // What a user runs: import names the damage, then import --rebuild as the message says.
      refused = await cli(['--db', file, '--data', REAL_DATA, 'import']);
      // Imports the whole real data folder: ~15 s on this machine, more under load.
      rebuilt = await cli(['--db', file, '--data', REAL_DATA, 'import', '--rebuild'], 240_000);
    });

    it('a plain import names the damage and the command that rebuilds the store', () => {
      assert.equal(refused.code, 1, refused.stderr);
      assert.match(refused.stderr, /the store file is damaged: a block's checksum does not match/);
      assert.match(refused.stderr, REBUILD);
    });

    it('moves the damaged file aside, byte for byte, says where, and never deletes it', () => {
      assert.equal(rebuilt.code, 0, rebuilt.stderr);
      const aside = /the old store was moved aside, not deleted: (\S+)/.exec(rebuilt.stderr)?.[1] ?? '';
      assert.match(aside, /rebuilt\.duckdb\.damaged-\d{8}T\d{6}Z$/);
      assert.equal(sha(aside), damagedSha);
    });

    it('imports every dataset again into a fresh store that reads whole', async () => {
      assert.match(rebuilt.stderr, new RegExp(`imported ${DATASETS.length} dataset\\(s\\)`));
      assert.doesNotMatch(rebuilt.stderr, /failed/);
      const r = await cli([
        '--db',
        file,
        'query',
        'SELECT count(*) AS n FROM chain_tvl_daily',
        '--format',
        'json',
      ]);
      assert.equal(r.code, 0, r.stderr);
      const [row] = JSON.parse(r.stdout) as { n: number | string }[];
      assert.ok(Number(row?.n) > 10_000, r.stdout);
    });
  });
});
