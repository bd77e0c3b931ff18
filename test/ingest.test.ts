import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REAL_DATA } from './helpers/dataDir.ts';
import { queryStore } from './helpers/queryStore.ts';
import { runCliAsync } from './helpers/runCli.ts';
import { storeChecksums } from './helpers/storeChecksum.ts';
import { type ReplayServer, startReplayServer } from './replay/replayServer.ts';

const UNIVERSE = { protocols: 4, days: 60, endDay: '2025-12-19', tokens: true, anomalies: true };
const PROTOCOLS = 'proto-0000,proto-0001,proto-0002,colend-protocol';
const FAST = ['--rate', '1000', '--retry-base-ms', '1', '--no-prices'];

describe('faultline ingest defillama against the replay server', () => {
  let server: ReplayServer;
  let env: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'faultline-ingest-'));
  let n = 0;
  const db = () => join(dir, `s${n++}.duckdb`);
  const ingest = (file: string, ...args: string[]) =>
    runCliAsync(
      [
        '--db',
        file,
        '--data',
        join(dir, 'no-data'),
        'ingest',
        'defillama',
        '--protocols',
        PROTOCOLS,
        '--chains',
        'Ethereum',
        ...FAST,
        ...args,
      ],
      env,
    );
  const cli = (file: string, ...args: string[]) =>
    runCliAsync(['--db', file, '--data', join(dir, 'no-data'), ...args], env);

  before(async () => {
    server = await startReplayServer({ universe: UNIVERSE, dataDir: REAL_DATA });
    env = { DEFILLAMA_API_URL: server.url, DEFILLAMA_COINS_URL: server.url, L2BEAT_API_URL: server.url };
  });
  after(() => server.close());

  it('stores every series with a summary, and a second run writes nothing', async () => {
    const file = db();
    const first = await ingest(file, '--until', '2025-12-19');
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /defillama ingest up to 2025-12-19/);
    assert.match(
      first.stdout,
      /units: +6 \(6 written, 0 unchanged, 0 not modified, 0 already done, 0 failed\)/,
    );
    assert.match(first.stdout, /2 flagged and kept out of totals/);
    assert.match(first.stderr, /\[4\/5\] /, 'plain progress lines when not a TTY');
    const stored = await storeChecksums(file);
    const again = await ingest(file, '--until', '2025-12-19', '--refresh');
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /stored: +0 new point\(s\)/);
    assert.deepEqual(await storeChecksums(file), stored);
    const resumed = await ingest(file, '--until', '2025-12-19');
    assert.match(resumed.stdout, /6 already done/);
  });

  it('stores only the days not yet stored: two runs a week apart equal one run', async () => {
    const once = db();
    const twice = db();
    assert.equal((await ingest(once, '--until', '2025-12-19')).code, 0);
    const early = await ingest(twice, '--until', '2025-12-12');
    assert.equal(early.code, 0, early.stderr);
    const late = await ingest(twice, '--until', '2025-12-19');
    assert.equal(late.code, 0, late.stderr);
    const perSeries = 2 * 2 + 2 + 1 + 2 * 1;
    assert.match(
      late.stdout,
      new RegExp(`stored: +${(7 * (perSeries + 1)).toLocaleString('en-US')} new point`),
    );
    const { protocol_snapshots: snapshotsTwice, ...restTwice } = await storeChecksums(twice);
    const { protocol_snapshots: snapshotsOnce, ...restOnce } = await storeChecksums(once);
    assert.deepEqual(restTwice, restOnce);
    assert.equal(
      snapshotsTwice?.rows,
      2 * (snapshotsOnce?.rows ?? 0),
      'one protocol-list snapshot per run day',
    );
  });

  it('keeps flagged points out of totals, lists them, and counts them with --include-flagged', async () => {
    const file = db();
    assert.equal((await ingest(file, '--until', '2025-12-19')).code, 0);
    const quality = await cli(file, 'quality', '--excluded', '--format', 'json');
    const flags = JSON.parse(quality.stdout).flags as { ingestUnit: string; day: string; kind: string }[];
    assert.deepEqual(
      flags.map((f) => [f.ingestUnit, f.day, f.kind]),
      [
        ['protocol:proto-0001', '2025-12-09', 'held-spike'],
        ['protocol:proto-0001', '2025-12-14', 'negative'],
      ],
    );
    const tvl = async (...extra: string[]) => {
      const r = await cli(
        file,
        'tvl',
        '--protocol',
        'proto-0001',
        '--from',
        '2025-12-08',
        '--to',
        '2025-12-10',
        '--format',
        'json',
        ...extra,
      );
      assert.equal(r.code, 0, r.stderr);
      return Object.fromEntries(JSON.parse(r.stdout).points as [string, number][]);
    };
    const kept = await tvl();
    assert.equal(
      kept['2025-12-09'],
      kept['2025-12-10'],
      'the rejected day is a gap, filled by the next day (no dip, no spike)',
    );
    const all = await tvl('--include-flagged');
    assert.ok(
      (all['2025-12-09'] as number) > 2 * (kept['2025-12-09'] as number),
      `the spike counts only when included: ${JSON.stringify(kept)} vs ${JSON.stringify(all)}`,
    );
    const warnings = await cli(file, 'quality', '--protocol', 'colend-protocol');
    assert.match(warnings.stdout, /cliff +│ yes/);
  });

  it('brings in chain totals, ETH and BTC prices and daily fees and revenue, each once', async () => {
    const file = db();
    const r = await cli(
      file,
      ...['ingest', 'defillama', '--protocols', 'proto-0000,proto-0001', '--chains', 'Ethereum', '--fees'],
      ...['--since', '2025-12-01', '--until', '2025-12-19', '--rate', '1000'],
    );
    assert.equal(r.code, 0, r.stderr);
    const counts = await queryStore(
      file,
      `SELECT (SELECT count(*)::INTEGER FROM chain_tvl_daily WHERE chain = 'ethereum') AS chain_days,
              (SELECT count(DISTINCT day)::INTEGER FROM prices_daily WHERE asset = 'ETH') AS eth_days,
              (SELECT count(DISTINCT day)::INTEGER FROM prices_daily WHERE asset = 'BTC') AS btc_days,
              (SELECT count(*)::INTEGER FROM protocol_fees_daily WHERE protocol = 'proto-0000') AS fee_rows,
              (SELECT count(*)::INTEGER FROM protocol_fees_daily WHERE protocol = 'proto-0001') AS unlisted_fee_rows`,
    );
    assert.deepEqual(counts[0], {
      chain_days: 19,
      eth_days: 19,
      btc_days: 19,
      fee_rows: 38,
      unlisted_fee_rows: 0,
    });
  });
});

describe('faultline ingest l2beat against the replay server', () => {
  let server: ReplayServer;
  before(async () => {
    server = await startReplayServer({ universe: UNIVERSE });
  });
  after(() => server.close());

  it('stores each live project once as of --until, flags a malformed one, and the newest profile is read', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-l2beat-')), 's.duckdb');
    const env = { L2BEAT_API_URL: server.url };
    const r = await runCliAsync(
      ['--db', file, '--data', '/nonexistent', 'ingest', 'l2beat', '--until', '2025-12-19'],
      env,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /stored: +3 new point\(s\); 1 flagged/);
    const again = await runCliAsync(
      ['--db', file, '--data', '/nonexistent', 'ingest', 'l2beat', '--until', '2025-12-19', '--refresh'],
      env,
    );
    assert.match(again.stdout, /0 written/);
    const rows = await queryStore(
      file,
      'SELECT chain, stage, exit_window_sentiment AS exit FROM l2_risk_profiles ORDER BY chain',
    );
    assert.deepEqual(rows, [
      { chain: 'arbitrum', stage: 'Stage 1', exit: 'warning' },
      { chain: 'base', stage: 'Stage 1', exit: 'warning' },
      { chain: 'zksync-era', stage: 'Stage 0', exit: 'bad' },
    ]);
    const flags = JSON.parse(
      (await runCliAsync(['--db', file, '--data', '/nonexistent', 'quality', '--format', 'json'], env))
        .stdout,
    ).flags;
    assert.equal(flags[0].subject, 'newchain');
    assert.match(flags[0].message, /projects\.newchain\.tvs: expected object, received undefined/);
  });
});
