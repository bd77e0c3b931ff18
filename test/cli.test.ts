import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ReportResult } from '../src/app/report.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { runCli } from './helpers/runCli.ts';

describe('faultline CLI on the real data', () => {
  const db = join(tempDir(), 'cli.duckdb');
  const env = { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: db };
  let report: ReportResult;
  let firstJson = '';
  let text: string | null = null;
  /** The report as text: the kept answer, read once. */
  const reportText = () => {
    if (text === null) {
      const r = runCli(['report'], env);
      assert.equal(r.code, 0, r.stderr);
      text = r.stdout;
    }
    return text;
  };

  before(() => {
    const first = runCli(['report', '--format', 'json'], env);
    assert.equal(first.code, 0, first.stderr);
    firstJson = first.stdout;
    assert.match(first.stderr, new RegExp(`imported ${DATASETS.length} dataset\\(s\\)`));
    report = ReportResult.parse(JSON.parse(first.stdout));
  });

  it('imports on first run into the configured store, then reuses it and says nothing changed', () => {
    assert.ok(existsSync(db));
    const second = runCli(['report', '--format', 'md'], env);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /nothing to import: every dataset is unchanged/);
    assert.match(second.stdout, /^# Faultline: DeFi ecosystem report/);
    assert.match(
      second.stdout,
      /\| ZeroLend \(zerolend\) \| Lending \| \$358\.7M \| 2024-11-08 \| \$10\.3M \| 2025-12-19 \| snapshot \| 97\.1% \|/,
    );
  });

  it('keeps the report beside the store: the next run reads it back, --fresh computes it again', () => {
    const dir = join(dirname(db), 'answers');
    const file = readdirSync(dir)
      .map((name) => join(dir, name))
      .find((f) => `${readFileSync(f, 'utf8')}\n` === firstJson);
    assert.ok(file, 'the first report is kept whole');
    writeFileSync(file, '{"kept":true}');
    assert.equal(runCli(['report', '--format', 'json'], env).stdout, '{"kept":true}\n');
    const fresh = runCli(['report', '--format', 'json', '--fresh'], env);
    assert.equal(fresh.code, 0, fresh.stderr);
    assert.equal(ReportResult.parse(JSON.parse(fresh.stdout)).schema, 'faultline.report/v2');
    assert.equal(`${readFileSync(file, 'utf8')}\n`, fresh.stdout, 'the fresh report replaces the kept one');
  });

  it('reports every section as the document its own question gives, dated', () => {
    assert.equal(report.schema, 'faultline.report/v2');
    assert.equal(report.datasets.filter((d) => d.kind === 'dataset').length, DATASETS.length);
    assert.ok(report.datasets.every((c) => c.kind === 'live' || (c.status === 'imported' && c.rows > 0)));
    const s = report.sections;
    assert.equal(
      s.ethereumTvl.headline?.basis,
      'published',
      "Ethereum's headline is DefiLlama's published total",
    );
    assert.ok((s.ethereumTvl.coverage?.share ?? 0) > 0 && (s.ethereumTvl.coverage?.share ?? 1) < 1);
    const zerolend = s.drawdowns.rows.find((d) => d.id === 'zerolend');
    assert.equal(zerolend?.usd.peakDay, '2024-11-08');
    assert.equal(Math.round((zerolend?.usd.peak ?? 0) / 1e5) / 10, 358.7);
    assert.equal(zerolend?.latestFrom, 'snapshot');
    assert.ok((zerolend?.view?.drawdown ?? 0) > 0.95);
    const markets = s.concentration.flatMap((c) => c.markets);
    for (const m of [
      'Restaking',
      'Lending',
      'Liquid Staking',
      'Liquid Restaking',
      'Restaked BTC',
      'Bridge',
      'Bitcoin staking (de-duplicated)',
    ])
      assert.ok(
        markets.some((x) => x.market === m),
        m,
      );
    const restaking = markets.find((c) => c.market === 'Restaking');
    assert.equal(restaking?.leader?.name, 'EigenCloud');
    assert.ok((restaking?.leader?.share ?? 0) > 0.6);
    assert.equal(s.l2Systems.published.length, 25);
    assert.ok(s.btcLayers.published.some((l) => l.name === 'Rootstock' && l.btcLocked === 2757));
    for (const section of [s.ethereumTvl, s.layers, s.drawdowns, s.watchlist, s.quality])
      assert.ok(section.sources.length > 0 && Object.keys(section.dataThrough).length > 0, section.schema);
    const y = s.yields;
    assert.deepEqual(
      y.breakdowns.map((b) => b.subject.name),
      [
        'Ethereum',
        'Arbitrum',
        'Base',
        'OP Mainnet',
        'Linea',
        'Lending',
        'Dexs',
        'Liquid Staking',
        'Liquid Restaking',
      ],
    );
    for (const doc of [...y.breakdowns, y.cliff, y.stack])
      assert.ok(
        doc && doc.asOf !== null && doc.asOf < (report.asOf ?? '') && doc.sources.length > 0,
        `${doc?.schema} is of its own day, before the report's, with its sources`,
      );
    assert.equal(
      y.breakdowns.find((b) => b.subject.name === 'Lending')?.asOf,
      '2025-04-10',
      'the yields export',
    );
    assert.ok((y.cliff?.episodeCoverage.episodes ?? 0) > 1000, 'the cliff measured on the pool histories');
    assert.equal(y.stack?.token, 'weETH');
    assert.ok(y.backtest && ['helps', 'no change', 'hurts'].includes(y.backtest.verdict));
  });

  it('carries a lending stress section: ETH −20% / −40%, LST depegs 5% / 10%, VaR, each over the no-move baseline', () => {
    const lending = report.sections.lending;
    assert.ok(lending, 'the stored Aave v3 book is stressed');
    assert.deepEqual(
      lending.stress.map((s) => s.scenario.slice(0, 9)),
      ['WETH=-0.2', 'WETH=-0.4', 'depeg weE', 'depeg weE'],
    );
    for (const s of lending.stress) {
      assert.equal(s.schema, 'faultline.lending-stress/v1');
      assert.ok(s.baseline.insolvencyUsd > 0, 'the no-move shortfall is shown');
      assert.ok(Math.abs(s.insolvencyUsd - s.baseline.insolvencyUsd - s.increment.insolvencyUsd) < 1);
    }
    assert.ok(lending.valueAtRisk.var95 >= 0 && lending.valueAtRisk.paths === 10000);
    assert.match(reportText(), /Lending stress: Aave v3 Ethereum book/);
    assert.match(reportText(), /already short/);
  });

  it('carries the restaking section and Babylon, as their own documents', () => {
    const { restaking, babylon } = report.sections;
    assert.equal(restaking.schema, 'faultline.restaking-check/v1');
    assert.equal(restaking.secure, false, 'the shipped EigenLayer example is not secure');
    assert.equal(babylon.schema, 'faultline.restaking-babylon/v1');
    assert.match(reportText(), /NOT SECURE/);
    assert.match(reportText(), /6 of 9 covenant signers/);
  });

  it('never reports an unknown L2 share as 0% or 100%, and quotes a partial month as a bound', () => {
    assert.equal(report.sections.layers.parent, 'Ethereum');
    if (report.sections.layers.parent !== 'Ethereum') return;
    const { months, share } = report.sections.layers;
    assert.equal(months.find((m) => m.month === '2020-06')?.share, null);
    const full = months.find((m) => m.month === '2024-07');
    assert.equal(full?.partial, false);
    assert.equal(full?.l2s.length, 13);
    assert.equal(months.find((m) => m.month === '2024-08')?.partial, true);
    assert.deepEqual([share.exact?.month, share.lowerBound?.l2s], ['2024-07', 2]);
    assert.ok(months.every((m) => m.share === null || (m.share > 0 && m.share < 1)));
  });

  it('uses only data up to --as-of', () => {
    const result = runCli(['report', '--format', 'json', '--as-of', '2024-12-31'], env);
    assert.equal(result.code, 0, result.stderr);
    const past = ReportResult.parse(JSON.parse(result.stdout));
    assert.equal(past.asOf, '2024-12-31');
    const layers = past.sections.layers;
    assert.ok(layers.months.every((m) => m.month <= '2024-12'));
    assert.ok(
      past.sections.drawdowns.rows.every(
        (d) => d.usd.latestDay <= '2024-12-31' && d.latestFrom === 'history',
      ),
    );
    for (const section of [past.sections.ethereumTvl, past.sections.layers, past.sections.drawdowns])
      assert.ok(
        Object.values(section.dataThrough).every((d) => d === null || d <= '2024-12-31'),
        `${section.schema} read nothing after the day`,
      );
    assert.ok(
      past.omitted.some((o) => o.section === 'concentration' && /Restaking/.test(o.question)),
      'a category with no daily history on that day is named as not answered, not dropped silently',
    );
    const yields = past.sections.yields;
    assert.ok(yields.breakdowns.length > 0, 'the DEX pool histories reach back before that day');
    for (const doc of [...yields.breakdowns, yields.cliff, yields.backtest])
      assert.ok(
        doc && doc.asOf !== null && doc.asOf <= '2024-12-31',
        `${doc?.schema} is of that day or before`,
      );
    assert.equal(yields.stack, null);
    assert.deepEqual(
      past.omitted.filter(
        (o) => o.section === 'yields' && /"(chain":"linea|token":"weETH)"/.test(o.question),
      ),
      [
        {
          section: 'yields',
          question: '{"chain":"linea","limit":10,"asOf":"2024-12-31"}',
          reason: 'no pool yields for Linea on or before 2024-12-31',
        },
        {
          section: 'yields',
          question: '{"token":"weETH","asOf":"2024-12-31"}',
          reason: 'no weETH pool on or before 2024-12-31',
        },
      ],
      'the yield questions the data cannot answer on that day are named, with why',
    );
  });

  it('still serves the first report form as JSON (--schema-version 1), and only as JSON', () => {
    const v1 = runCli(['report', '--format', 'json', '--schema-version', '1'], env);
    assert.equal(v1.code, 0, v1.stderr);
    const doc = JSON.parse(v1.stdout);
    assert.equal(doc.schema, 'faultline.report/v1');
    assert.ok(Array.isArray(doc.l1VsL2.months) && Array.isArray(doc.drawdowns.rows));
    const text = runCli(['report', '--schema-version', '1'], env);
    assert.equal(text.code, 2);
    assert.match(text.stderr, /--schema-version 1 is a JSON document/);
  });

  it('renders text with tables, and html as one self-contained file whose L2 chart breaks where coverage changes', () => {
    const text = runCli(['report'], env);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /== Market concentration ==/);
    assert.match(text.stdout, /≥ 6\.8%/);
    assert.match(
      text.stdout,
      /== Where the yield comes from ==\nThe yield data ends 2025-10-06, before the report's day/,
    );
    assert.match(text.stdout, /figures of 2025-04-10 \(not the report's \d{4}-\d{2}-\d{2}\), UTC; sources: /);
    const html = runCli(['report', '--format', 'html'], env);
    assert.equal(html.code, 0, html.stderr);
    assert.match(html.stdout, /^<!doctype html>/);
    assert.equal(
      (html.stdout.match(/<svg/g) ?? []).length,
      5,
      'L2 share, drawdowns, HHI, base vs reward APY, weETH stack',
    );
    assert.match(html.stdout, /aria-label="Base vs reward APY \(% a year\) by chain and category"/);
    assert.match(html.stdout, />Ethereum 2025-10-06: reward<\/text>/);
    assert.doesNotMatch(html.stdout, /<script|<link|src="http|href="http/);
    const chart = html.stdout.slice(html.stdout.indexOf('aria-label="L2 share'));
    const paths = [...chart.slice(0, chart.indexOf('</svg>')).matchAll(/<path d="([^"]*)"([^>]*)>/g)];
    const solid = paths.find((p) => !p[2]?.includes('stroke-dasharray'))?.[1] ?? '';
    const dashed = paths.find((p) => p[2]?.includes('stroke-dasharray'))?.[1] ?? '';
    assert.equal(
      solid.match(/M/g)?.length,
      1,
      'the all-L2s line is one run of exact months, not joined to partial ones',
    );
    assert.ok(
      (dashed.match(/M/g)?.length ?? 0) >= 2,
      'the bound is drawn apart, before and after the exact months',
    );
  });

  it('rejects a bad --as-of with a clear error', () => {
    const result = runCli(['report', '--as-of', '2024-02-30'], env);
    assert.equal(result.code, 2, 'a usage error');
    assert.match(result.stderr, /--as-of.*not a UTC day: "2024-02-30"/);
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
