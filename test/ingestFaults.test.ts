import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { queryStore } from './helpers/queryStore.ts';
import { runCliAsync } from './helpers/runCli.ts';
import { storeChecksums } from './helpers/storeChecksum.ts';
import { type Fault, type ReplayServer, startReplayServer } from './replay/replayServer.ts';

const UNIVERSE = { protocols: 3, days: 40, endDay: '2025-12-19', tokens: true };
const ARGS = ['--protocols', 'proto-0000,proto-0001,proto-0002', '--chains', 'Ethereum', '--no-prices'];
const FAST = [
  '--rate',
  '1000',
  '--retry-base-ms',
  '1',
  '--retries',
  '2',
  '--timeout-ms',
  '1000',
  '--max-mib',
  '16',
];

/**
 * Every fault the replay server injects, seen through `faultline ingest` as a user runs it: what the
 * user reads, and that the store stays consistent (a failed unit keeps what it had, others land, and
 * the next run catches up to exactly the store of a run without faults).
 */
describe('faultline ingest under faults', () => {
  let server: ReplayServer;
  let env: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'faultline-faults-'));
  let baseline = '';
  let reference: Awaited<ReturnType<typeof storeChecksums>>;
  let n = 0;
  const ingest = (file: string, until: string) =>
    runCliAsync(
      ['--db', file, '--data', join(dir, 'none'), 'ingest', 'defillama', ...ARGS, ...FAST, '--until', until],
      env,
    );
  const copyOfBaseline = () => {
    const file = join(dir, `f${n++}.duckdb`);
    copyFileSync(baseline, file);
    if (existsSync(`${baseline}.wal`)) copyFileSync(`${baseline}.wal`, `${file}.wal`);
    return file;
  };
  const rowsOf = async (file: string, protocol: string) =>
    Number(
      (
        await queryStore(
          file,
          `SELECT count(*) AS n FROM protocol_chain_tvl_daily WHERE protocol = '${protocol}'`,
        )
      )[0]?.n,
    );

  before(async () => {
    server = await startReplayServer({ universe: UNIVERSE, retryAfterSeconds: 1 });
    env = { DEFILLAMA_API_URL: server.url, DEFILLAMA_COINS_URL: server.url, L2BEAT_API_URL: server.url };
    baseline = join(dir, 'baseline.duckdb');
    assert.equal((await ingest(baseline, '2025-12-12')).code, 0);
    const clean = join(dir, 'reference.duckdb');
    copyFileSync(baseline, clean);
    assert.equal((await ingest(clean, '2025-12-19')).code, 0);
    reference = await storeChecksums(clean);
  });
  after(() => server.close());

  const transient: [Fault, RegExp][] = [
    ['429', /HTTP 429/],
    ['500', /HTTP 500/],
    ['502', /HTTP 502/],
    ['503', /HTTP 503/],
    ['reset', /network error/],
    ['truncated', /malformed JSON/],
    ['hang', /timed out after 1000 ms/],
    ['drip', /timed out after 1000 ms/],
  ];
  for (const [fault, reason] of transient) {
    it(`retries past one ${fault} and lands the same store as a run without faults`, async () => {
      const file = copyOfBaseline();
      server.script('/protocol/proto-0002', [fault]);
      const r = await ingest(file, '2025-12-19');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, reason, 'the retry and its reason are shown');
      assert.match(r.stdout, /, 1 retry/);
      assert.deepEqual(await storeChecksums(file), reference);
    });
  }

  const lasting: [string, Fault[], RegExp][] = [
    ['a wrong type', ['wrong-type'], /tvl\[17\]\.totalLiquidityUSD: expected number, received string/],
    ['a renamed field', ['drift'], /tvl\[0\]\.totalLiquidityUSD: expected number, received undefined/],
    ['a 200 MB body', ['huge'], /response too large: more than 16\.0 MiB received, over the 16\.0 MiB cap/],
    [
      'an empty history',
      ['empty-history'],
      /returned no history for "proto-0002" \(empty tvl\); stored history kept/,
    ],
    ['503 beyond the last retry', ['503', '503', '503'], /DefiLlama answered HTTP 503/],
  ];
  for (const [what, faults, reason] of lasting) {
    it(`fails only the unit hit by ${what}, keeps what it had, and catches up on the next run`, async () => {
      const file = copyOfBaseline();
      const before = await rowsOf(file, 'proto-0002');
      server.script('/protocol/proto-0002', faults);
      const r = await ingest(file, '2025-12-19');
      assert.equal(r.code, 1);
      assert.match(r.stdout, new RegExp(`FAILED protocol:proto-0002: .*${reason.source}`));
      assert.match(
        r.stderr,
        /1 unit\(s\) failed; what they stored before is kept, and they are retried on the next run/,
      );
      assert.equal(await rowsOf(file, 'proto-0002'), before, 'the failed unit wrote nothing');
      assert.ok((await rowsOf(file, 'proto-0000')) > before, 'the other units landed');
      const failures = await queryStore(file, 'SELECT unit, error FROM ingest_failures');
      assert.equal(failures.length, 1);
      assert.match(String(failures[0]?.error), reason);
      const next = await ingest(file, '2025-12-19');
      assert.equal(next.code, 0, next.stderr);
      assert.match(next.stdout, /1 written, 0 unchanged, 0 not modified, 4 already done, 0 failed/);
      assert.deepEqual(await storeChecksums(file), reference);
    });
  }
});
