import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { REPORT_SCHEMA, type Report } from '../src/report/report.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { runCli } from './helpers/runCli.ts';

describe('faultline CLI on the real data', () => {
  const db = join(tempDir(), 'cli.duckdb');
  const env = { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: db };
  let report: Report;

  before(() => {
    const first = runCli(['report', '--format', 'json'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /\[16\/16\] imported restaking-protocols\/history/);
    report = JSON.parse(first.stdout) as Report;
  });

  it('imports on first run into the configured store, then reuses it and says nothing changed', () => {
    assert.ok(existsSync(db));
    const second = runCli(['report', '--format', 'md'], env);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /nothing to import: every dataset is unchanged/);
    assert.match(second.stdout, /^# Faultline: DeFi ecosystem report/);
    assert.match(
      second.stdout,
      /\| ZeroLend \(ZeroLend Lending \+ ZeroLend Vaults\) \| 2024-11-08 \| \$358\.7M \|/,
    );
  });

  it('reports every section in a documented JSON schema', () => {
    assert.equal(report.schema, REPORT_SCHEMA);
    assert.equal(report.coverage.length, 21);
    assert.ok(report.coverage.every((c) => c.status === 'imported' && c.rows > 0));
    const zerolend = report.drawdowns.rows.find((d) => d.id === 'zerolend');
    assert.equal(zerolend?.peakDay, '2024-11-08');
    assert.equal(Math.round((zerolend?.peakUsd ?? 0) / 1e5) / 10, 358.7);
    assert.deepEqual(zerolend?.snapshotMembers, ['ZeroLend Lending', 'ZeroLend Vaults']);
    assert.ok((zerolend?.drawdown ?? 0) > 0.95);
    const markets = report.concentration.map((c) => c.market);
    for (const m of [
      'Restaking',
      'Lending',
      'Liquid Staking',
      'Liquid Restaking',
      'Restaked BTC',
      'Bridge',
      'Bitcoin staking (de-duplicated)',
    ]) {
      assert.ok(markets.includes(m), m);
    }
    const restaking = report.concentration.find((c) => c.market === 'Restaking');
    assert.equal(restaking?.leader?.name, 'EigenCloud');
    assert.ok((restaking?.leader?.share ?? 0) > 0.6);
    assert.equal(report.l2Risks.rows.length, 25);
    assert.ok(report.btcLayers.rows.some((l) => l.name === 'Rootstock' && l.btcLocked === 2757));
    assert.equal(report.lending?.summary.accounts, 1000);
    assert.equal(report.lending?.summary.belowOneReported, 281);
    assert.ok((report.lending?.summary.belowOneEstimated ?? 281) < 281);
  });

  it('never reports an unknown L2 share as 0% or 100%', () => {
    const months = report.l1VsL2.months;
    const early = months.find((m) => m.month === '2020-06');
    assert.equal(early?.share, null);
    const full = months.find((m) => m.month === '2024-07');
    assert.equal(full?.partial, false);
    assert.equal(full?.l2s.length, 13);
    assert.ok(months.every((m) => m.share === null || (m.share > 0 && m.share < 1)));
  });

  it('uses only data up to --as-of', () => {
    const result = runCli(['report', '--format', 'json', '--as-of', '2024-12-31'], env);
    assert.equal(result.code, 0, result.stderr);
    const past = JSON.parse(result.stdout) as Report;
    assert.equal(past.asOf, '2024-12-31');
    assert.ok(past.l1VsL2.months.every((m) => m.month <= '2024-12'));
    assert.ok(past.drawdowns.rows.every((d) => d.latestDay <= '2024-12-31' && d.latestFrom === 'history'));
    assert.equal(past.lending, null);
  });

  it('renders text with tables and sparklines, and html as one self-contained file', () => {
    const text = runCli(['report'], env);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /== Market concentration ==/);
    assert.match(text.stdout, /[▁▂▃▄▅▆▇█]{8,}/);
    const html = runCli(['report', '--format', 'html'], env);
    assert.equal(html.code, 0, html.stderr);
    assert.match(html.stdout, /^<!doctype html>/);
    assert.equal((html.stdout.match(/<svg/g) ?? []).length, 3);
    assert.doesNotMatch(html.stdout, /<script|<link|src="http|href="http/);
  });

  it('rejects a bad --as-of with a clear error', () => {
    const result = runCli(['report', '--as-of', '2024-02-30'], env);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /--as-of.*not a day: "2024-02-30"/);
  });

  it('answers read-only SQL and refuses writes', () => {
    const read = runCli(
      [
        'query',
        "SELECT count(*) AS n FROM protocol_snapshots WHERE name LIKE 'ZeroLend%'",
        '--format',
        'json',
      ],
      env,
    );
    assert.equal(read.code, 0, read.stderr);
    assert.deepEqual(JSON.parse(read.stdout), [{ n: '2' }]);
    for (const sql of [
      'DELETE FROM chain_tvl_daily',
      'CREATE TABLE x (a INT)',
      "COPY chain_tvl_daily TO '/tmp/x.csv'",
    ]) {
      const write = runCli(['query', sql], env);
      assert.equal(write.code, 1, sql);
      assert.match(
        write.stderr,
        /read-only here: (\w+ statements are refused|file access .* is refused)/,
        sql,
      );
    }
    const after = runCli(['query', 'SELECT count(*) AS n FROM chain_tvl_daily', '--format', 'csv'], env);
    assert.equal(after.stdout, 'n\n10107\n');
  });
});
