import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { seededRandom } from '../src/core/seededRandom.ts';
import { queryStore } from './helpers/queryStore.ts';
import { runCliAsync } from './helpers/runCli.ts';
import { storeChecksums } from './helpers/storeChecksum.ts';
import { type ReplayServer, startReplayServer } from './replay/replayServer.ts';

const UNIVERSE = { protocols: 20, days: 300, endDay: '2025-12-19', tokens: true, anomalies: true };
const ARGS = ['ingest', 'defillama', '--all', '--chains', 'Ethereum,Arbitrum', '--until', '2025-12-19'];
const FAST = ['--retry-base-ms', '1', '--concurrency', '4'];
const KILLS = 12;

/**
 * Reliability: an ingest killed with SIGKILL at random moments and resumed, or run against a server
 * failing 30% of requests, ends with exactly the store of one uninterrupted run: every table's sorted
 * contents equal, so no duplicates and nothing missing.
 */
describe('faultline ingest survives kills and a failing server', () => {
  let server: ReplayServer;
  let env: Record<string, string>;
  let reference: Awaited<ReturnType<typeof storeChecksums>>;
  const dir = mkdtempSync(join(tmpdir(), 'faultline-reliability-'));
  const run = (db: string, extra: string[] = [], onSpawn?: Parameters<typeof runCliAsync>[2]) =>
    runCliAsync(['--db', db, '--data', join(dir, 'none'), ...ARGS, ...FAST, ...extra], env, onSpawn);

  before(async () => {
    server = await startReplayServer({ universe: UNIVERSE });
    env = { DEFILLAMA_API_URL: server.url, DEFILLAMA_COINS_URL: server.url, L2BEAT_API_URL: server.url };
    const db = join(dir, 'reference.duckdb');
    const r = await run(db, ['--rate', '1000']);
    assert.equal(r.code, 0, r.stderr);
    reference = await storeChecksums(db);
    assert.ok(
      (reference.protocol_chain_tvl_daily?.rows ?? 0) > 20 * 300 * 2,
      'the reference run stored the universe',
    );
  });
  after(() => server.close());

  it(`resumes after ${KILLS} SIGKILLs at random moments to the store of one uninterrupted run`, async (t) => {
    const random = seededRandom(20251219);
    let killed = 0;
    let campaigns = 0;
    let midway = 0;
    while (killed < KILLS) {
      campaigns += 1;
      assert.ok(campaigns <= 20, `too few kills landed mid-run (${killed} in ${campaigns - 1} stores)`);
      const db = join(dir, `killed-${campaigns}.duckdb`);
      for (;;) {
        const delayMs = 400 + Math.floor(random() * 2600);
        const r = await run(db, ['--rate', '15'], (child) => {
          setTimeout(() => child.kill('SIGKILL'), delayMs);
        });
        if (r.signal !== 'SIGKILL') {
          assert.equal(r.code, 0, r.stderr);
          break;
        }
        killed += 1;
        const [row] = await queryStore(db, 'SELECT count(*) AS n FROM ingest_checkpoints').catch(() => [
          { n: 0 },
        ]);
        if (Number(row?.n) > 0) midway += 1;
      }
      assert.deepEqual(await storeChecksums(db), reference, `store ${campaigns} after its kills`);
      const duplicates = await queryStore(
        db,
        'SELECT count(*) - count(DISTINCT (protocol, chain, section, day)) AS d FROM protocol_chain_tvl_daily',
      );
      assert.equal(Number(duplicates[0]?.d), 0);
    }
    assert.ok(
      midway >= KILLS / 2,
      `most kills landed after some units had committed (${midway} of ${killed})`,
    );
    t.diagnostic(
      `${killed} SIGKILLs over ${campaigns} stores, ${midway} after some units had committed; every store equal`,
    );
  });

  it('reaches the same store through a server failing 30% of requests, failed units retried on later runs', async (t) => {
    const db = join(dir, 'flaky.duckdb');
    server.setFailRate(0.3);
    const codes: (number | null)[] = [];
    try {
      for (let i = 0; i < 12; i++) {
        const r = await run(db, ['--retries', '1', '--rate', '1000']);
        codes.push(r.code);
        if (r.code === 0) break;
        assert.match(r.stderr, /unit\(s\) failed; what they stored before is kept/);
      }
    } finally {
      server.setFailRate(0);
    }
    assert.equal(codes.at(-1), 0, `runs until every unit landed: exit codes ${codes}`);
    assert.ok(codes.length > 1, 'at least one run had failed units to retry');
    assert.deepEqual(await storeChecksums(db), reference);
    const faults = server.log.filter((l) => l.outcome !== 'ok').length;
    t.diagnostic(
      `${codes.length} runs (exit codes ${codes.join(',')}), ${faults} faulted requests; store equal`,
    );
  });
});
