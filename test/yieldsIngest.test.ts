import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { YieldBreakdownResult } from '../src/app/yield/yieldBreakdown.ts';
import type { YieldCliffResult } from '../src/app/yield/yieldCliff.ts';
import type { IngestSummary } from '../src/ingest/runIngest.ts';
import { tempDir } from './helpers/dataDir.ts';
import { queryStore } from './helpers/queryStore.ts';
import { runCliAsync } from './helpers/runCli.ts';
import { storeChecksums } from './helpers/storeChecksum.ts';
import { type ReplayServer, startReplayServer } from './replay/replayServer.ts';
import { poolIdOf, yieldPools } from './replay/syntheticYields.ts';

const YIELDS = { pools: 8, days: 120, endDay: '2025-12-19' };
/** Aerodrome's pools of the replayed universe (every fourth pool, and the one after). */
const AERODROME = [0, 1, 4, 5].map(poolIdOf);
const PROJECTS = ['--yield-projects', 'aerodrome-v1,aerodrome-slipstream'];
const FAST = ['--rate', '1000', '--retry-base-ms', '1', '--retries', '2', '--timeout-ms', '2000'];

type PoolEntry = { pool: string; tvlUsd: number; apyBase: number | null; apyReward: number | null };

/**
 * `faultline ingest defillama --yields` as a user runs it: the compiled CLI against the replay server's
 * real-shaped DefiLlama Yields answers (`/pools`, `/chart/{pool}`), faults included, then the stored rows
 * read back through the yield questions.
 */
describe('faultline ingest defillama --yields against the replay server', () => {
  let server: ReplayServer;
  let env: Record<string, string>;
  const dir = tempDir();
  const db = join(dir, 'live.duckdb');
  const cli = (file: string, ...args: string[]) =>
    runCliAsync(['--db', file, '--data', join(dir, 'no-data'), ...args], env);
  const ingest = (file: string, ...args: string[]) =>
    cli(file, 'ingest', 'defillama', '--yields', ...FAST, ...args);
  const ask = async <T>(file: string, ...args: string[]): Promise<T> => {
    const r = await cli(file, ...args, '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as T;
  };
  const daysOf = async (file: string, pool: string) =>
    Number(
      (await queryStore(file, `SELECT count(*) AS n FROM yield_pool_days WHERE pool = '${pool}'`))[0]?.n,
    );
  const charted = (from: number) =>
    server.log
      .slice(from)
      .filter((l) => l.path.startsWith('/chart/'))
      .map((l) => l.path.slice('/chart/'.length))
      .sort();

  before(async () => {
    server = await startReplayServer({
      universe: { protocols: 1, days: 10, endDay: '2025-12-19', tokens: false },
      yields: YIELDS,
      retryAfterSeconds: 0,
    });
    // The TVL API points nowhere: every request of a --yields run must go to DEFILLAMA_YIELDS_URL.
    env = { DEFILLAMA_YIELDS_URL: server.url, DEFILLAMA_API_URL: 'http://127.0.0.1:9' };
  });
  after(() => server.close());

  it('lists the pools past a 500, names the URL and place of a malformed chart, and stores none of it', async () => {
    server.script('/pools', ['500']);
    server.script(`/chart/${AERODROME[1]}`, ['wrong-type']);
    const r = await ingest(db, ...PROJECTS, '--until', '2025-12-20');
    assert.equal(r.code, 1, 'a failed unit fails the run');
    assert.match(r.stderr, /HTTP 500/, 'the retry and its reason are shown on stderr');
    assert.match(r.stdout, /defillama ingest up to 2025-12-20/);
    assert.match(r.stdout, /units: +6 \(5 written, .* 1 failed\)/, 'pools, 4 charts and the facts');
    assert.match(r.stdout, /, 1 retry/);
    assert.ok(
      r.stdout.includes(
        `FAILED yields:chart:${AERODROME[1]}: ${server.url}/chart/${AERODROME[1]}: data[3].apy: expected number, received string`,
      ),
      r.stdout,
    );
    assert.match(r.stderr, /1 unit\(s\) failed; what they stored before is kept/);
    assert.equal(
      await daysOf(db, AERODROME[1] as string),
      1,
      'only the /pools day: the broken chart wrote nothing',
    );
    assert.equal(await daysOf(db, AERODROME[0] as string), YIELDS.days + 1, 'its history and the /pools day');
  });

  it('catches up on the next run, and the yield questions answer from the live rows', async () => {
    const r = await ingest(db, ...PROJECTS, '--until', '2025-12-20', '--json');
    assert.equal(r.code, 0, r.stderr);
    const summary = JSON.parse(r.stdout) as IngestSummary & { retries: number };
    assert.deepEqual(summary.failed, []);
    assert.equal(summary.skipped, 4, 'the pools and the three charts that landed are not fetched again');
    assert.equal(await daysOf(db, AERODROME[1] as string), YIELDS.days + 1);
    const listed = (yieldPools(YIELDS) as { data: PoolEntry[] }).data;
    const first = listed[0] as PoolEntry;
    const pool = await ask<YieldBreakdownResult>(db, 'yield', '--pool', first.pool);
    assert.equal(pool.asOf, '2025-12-20', 'the /pools answer is stored as the run’s day');
    assert.equal(pool.totals?.tvlUsd, first.tvlUsd, 'the pool’s figures are DefiLlama’s');
    for (const [got, want] of [
      [pool.totals?.baseApy, first.apyBase],
      [pool.totals?.rewardApy, first.apyReward],
    ])
      assert.ok(Math.abs((got ?? Number.NaN) - (want ?? Number.NaN)) < 1e-9, `${got} vs ${want}`);
    const base = await ask<YieldBreakdownResult>(db, 'yield', '--chain', 'base');
    assert.deepEqual(base.dataThrough, { 'defillama/yields-api': '2025-12-20' });
    assert.deepEqual(
      base.sources.map((s) => s.kind),
      ['live'],
    );
    assert.equal(base.totals?.pools, 4);
    assert.equal(base.totals?.unknown.pools, 1, 'the pool with no split is counted apart');
    assert.equal(base.totals?.rewardTokens[0]?.token, 'base:0x940181a94a35a4569e4529a3cdfb74e38fd98631');
    const linea = await ask<YieldBreakdownResult>(db, 'yield', '--chain', 'linea');
    assert.equal(linea.totals?.outliers.pools, 1, 'the 150,000% pool is kept out of the averages');
    const cliff = await ask<YieldCliffResult>(db, 'yield', 'cliff', '--episodes', 'all');
    assert.ok(cliff.episodeCoverage.episodes >= 4, 'each DEX pool’s reward falls to a tenth');
    assert.ok(cliff.episodes.every((e) => e.project.startsWith('aerodrome')));
  });

  it('charts the projects already charted by default, a 304 list included, plus --pools', async () => {
    const from = server.log.length;
    const r = await ingest(db, '--until', '2025-12-21', '--pools', poolIdOf(2));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(charted(from), [...AERODROME, poolIdOf(2)].sort());
    assert.ok(
      server.log.slice(from).some((l) => l.path === '/pools'),
      'the list is asked for on every run',
    );
    assert.match(r.stdout, /units: +7 \(/);
  });

  it('writes the same store again on --refresh: a rerun replaces, never duplicates', async () => {
    const stored = await storeChecksums(db);
    const { ingest_checkpoints: _, ...before } = stored;
    const r = await ingest(db, ...PROJECTS, '--until', '2025-12-20', '--refresh');
    assert.equal(r.code, 0, r.stderr);
    const { ingest_checkpoints: __, ...again } = await storeChecksums(db);
    assert.deepEqual(again, before);
  });

  it('stores no day before --since', async () => {
    const fresh = join(dir, 'since.duckdb');
    const r = await ingest(fresh, '--pools', poolIdOf(0), '--since', '2025-12-01', '--until', '2025-12-20');
    assert.equal(r.code, 0, r.stderr);
    const days = await queryStore(
      fresh,
      `SELECT min(day)::VARCHAR AS first, count(*) AS n FROM yield_pool_days WHERE pool = '${poolIdOf(0)}'`,
    );
    assert.deepEqual(days[0], { first: '2025-12-01', n: '20' });
  });

  it('refuses the TVL options with --yields, and the yield options without it', async () => {
    const mixed = await cli(db, 'ingest', 'defillama', '--yields', '--chains', 'Ethereum');
    assert.equal(mixed.code, 1);
    assert.match(mixed.stderr, /--chains is an option of the TVL ingest, not of --yields/);
    const alone = await cli(db, 'ingest', 'defillama', '--pools', poolIdOf(0));
    assert.equal(alone.code, 1);
    assert.match(alone.stderr, /--pools needs --yields/);
  });
});
