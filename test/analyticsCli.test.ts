import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { importedStore } from './helpers/importedStore.ts';
import { runCli } from './helpers/runCli.ts';

describe('TVL analytics commands on the real data', () => {
  const dir = tempDir();
  const env = { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: join(dir, 'analytics.duckdb') };
  const json = (args: string[]) => {
    const r = runCli([...args, '--format', 'json'], env);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  };

  before(() => {
    importedStore(dirname(env.FAULTLINE_DB), basename(env.FAULTLINE_DB));
  });

  it('tvl --protocol: ZeroLend peaks at $358.7M on 2024-11-08, by slug or by a product name', () => {
    for (const name of ['zerolend', 'ZeroLend Lending', 'ZeroLend']) {
      const series = json(['tvl', '--protocol', name, '--from', '2024-11-07', '--to', '2024-11-09']);
      assert.equal(series.subject, 'ZeroLend');
      assert.deepEqual(
        series.points.map(([day, usd]: [string, number]) => [day, Math.round(usd / 1e5) / 10]),
        [
          ['2024-11-07', 258.9],
          ['2024-11-08', 358.7],
          ['2024-11-09', 268.7],
        ],
      );
    }
  });

  it('an ambiguous or unknown protocol is an error that lists candidates', () => {
    const r = runCli(['tvl', '--protocol', 'zerolen'], env);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /unknown protocol "zerolen"; candidates: ZeroLend/);
  });

  it('tvl --explain: the parts add up to the series value of that day, point by point', () => {
    const args = ['tvl', '--chain', 'zksync era', '--from', '2024-11-08', '--to', '2024-11-08'];
    const [[, value]] = json(args).points;
    const explained = json([...args, '--explain', '2024-11-08']);
    assert.equal(explained.usd, value);
    const counted = explained.lines.filter((l: { role: string }) => l.role === 'counted');
    const sum = counted.reduce((s: number, l: { usd: number }) => s + l.usd, 0);
    assert.ok(Math.abs(sum - value) < 0.01, `${sum} vs ${value}`);
    assert.ok(
      explained.lines.some(
        (l: { role: string; name: string }) => l.role === 'subtracted: double counted' && l.name === 'Beefy',
      ),
    );
  });

  it('toggles never lower a chain total and ETH denomination divides by that day’s close', () => {
    const base = json(['tvl', '--chain', 'base', '--from', '2025-01-01', '--to', '2025-01-31']).points;
    const more = json([
      'tvl',
      '--chain',
      'base',
      '--from',
      '2025-01-01',
      '--to',
      '2025-01-31',
      '--include',
      'doublecounted,liquidstaking',
    ]).points;
    for (const [i, [day, v]] of (base as [string, number][]).entries()) assert.ok(more[i][1] >= v, day);
    const eth = json([
      'tvl',
      '--chain',
      'base',
      '--from',
      '2025-01-01',
      '--to',
      '2025-01-01',
      '--denominate',
      'eth',
    ]);
    const [[, ethValue]] = eth.points;
    const [[, usdValue]] = eth.usd;
    const price = runCli(
      [
        'query',
        "SELECT close_usd FROM prices_daily WHERE asset = 'ETH' AND day = DATE '2025-01-01'",
        '--format',
        'json',
      ],
      env,
    );
    assert.ok(Math.abs(ethValue - usdValue / JSON.parse(price.stdout)[0].close_usd) < 1e-6);
  });

  it('drawdown: ZeroLend fell 97% from $358.7M, mostly as money leaving (ETH view), in a CSV too', () => {
    const { rows } = json(['drawdown', '--top', '500', '--min-peak', '10000000']);
    const zerolend = rows.find((r: { id: string }) => r.id === 'zerolend');
    assert.equal(zerolend.usd.peakDay, '2024-11-08');
    assert.equal(Math.round(zerolend.usd.drawdown * 1000) / 10, 97.1);
    assert.equal(zerolend.nativeUnit, 'eth');
    assert.equal(zerolend.moved, 'outflow');
    const renzo = rows.find((r: { id: string }) => r.id === 'renzo');
    assert.ok(renzo.flows.inflowsUsd < 0 && renzo.flowCoverage > 0.5);
    const csv = runCli(['drawdown', '--top', '3', '--format', 'csv'], env);
    assert.equal(csv.stdout.trim().split('\n').length, 4);
  });

  it('highs: Ethereum was at a 90-day high on 2025-07-28 (published DefiLlama total)', () => {
    const out = json(['highs', '--chain', 'ethereum', '--window', '90', '--from', '2025-07-01']);
    assert.match(out.source, /published/);
    assert.ok(out.highs.some((h: { day: string }) => h.day === '2025-07-28'));
  });

  it('concentration: EigenCloud leads restaking with 65.6%; HHI band and Nakamoto coefficients', () => {
    const [m] = json(['concentration', '--category', 'Restaking']).markets;
    assert.equal(m.leader.name, 'EigenCloud');
    assert.equal(Math.round(m.leader.share * 1000) / 10, 65.6);
    assert.equal(m.band, 'high');
    assert.equal(m.nakamoto50, 1);
    const [l2] = json(['concentration', '--market', 'l2', '--as-of', '2024-06-30']).markets;
    assert.equal(l2.asOf, '2024-06');
    assert.equal(l2.count, 13);
  });

  it('layers: the L2 share of Ethereum at 2024-07 is 13.7%; Bitcoin penetration is a share of ~19.9M BTC', () => {
    const { months } = json(['layers', '--to', '2024-07-31']);
    const july = months.find((m: { month: string }) => m.month === '2024-07');
    assert.equal(Math.round(july.share * 1000) / 10, 13.7);
    const btc = json(['layers', '--parent', 'Bitcoin']);
    const dec = btc.months.find((m: { month: string }) => m.month === '2025-12');
    assert.ok(dec.penetration > 0.002 && dec.penetration < 0.005);
    assert.ok(btc.layers.btcLocked > 0);
  });

  it('check-claims: the seed claims are all checked (exit 0), ZeroLend’s peak holds', () => {
    const r = runCli(['check-claims', 'examples/seed-claims.yaml', '--json'], env);
    assert.equal(r.code, 0, r.stderr);
    const { results } = JSON.parse(r.stdout);
    assert.ok(results.every((x: { status: string }) => ['holds', 'differs', 'unknown'].includes(x.status)));
    assert.equal(results.find((x: { id: string }) => x.id === 'zerolend-peak').status, 'holds');
    assert.equal(results.find((x: { id: string }) => x.id === 'l2-share-of-ethereum').status, 'differs');
  });

  it('check-claims: a malformed claim exits 2 naming the claim and field', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'claims:\n  - id: x\n    metric: protocol.peak_tvl_usd\n    expect: 1\n');
    const r = runCli(['check-claims', file], env);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /claim "x".*subject|subject.*claim "x"/);
    writeFileSync(file, 'claims:\n  - id: y\n    metric: protocol.volume\n    expect: 1\n');
    assert.match(runCli(['check-claims', file], env).stderr, /claim "y".*metric|metric.*claim "y"/);
  });

  it('tvl needs exactly one subject (usage error, exit 2)', () => {
    assert.equal(runCli(['tvl', '--chain', 'base', '--protocol', 'aave'], env).code, 2);
  });
});
