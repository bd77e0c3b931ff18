import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { dayFromUnix } from '../src/core/day.ts';
import { parseChainKey } from '../src/model/normaliseChain.ts';
import { slugify } from '../src/model/protocol.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { listFiles } from '../src/sources/files/listFiles.ts';
import { RESTAKING_PRODUCTS } from '../src/sources/files/restakingProtocols.ts';
import { splitCsvLine } from '../src/sources/files/splitCsvLine.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { importedStore } from './helpers/importedStore.ts';
import { queryStore } from './helpers/queryStore.ts';

/** A CSV file's data lines (after the header, non-empty), each with its line number and fields by name. */
function csvLines(file: string): { line: number; f: Record<string, string> }[] {
  const [header = '', ...rest] = readFileSync(file, 'utf8').split(/\r?\n/);
  const names = splitCsvLine(header) ?? [];
  return rest.flatMap((text, i) => {
    if (text.trim() === '') return [];
    const fields = splitCsvLine(text) ?? [];
    return [{ line: i + 2, f: Object.fromEntries(names.map((n, j) => [n, fields[j] ?? ''])) }];
  });
}

const data = (path: string) => join(REAL_DATA, path);
const chainOf = (raw: string) => {
  const { chain, section } = parseChainKey(raw);
  return `${chain}/${section}`;
};

describe('the real data as imported: what is stored follows from the files', () => {
  let db: string;
  /** Rows per dataset and table. */
  const stored = new Map<string, number>();
  /** Rows read per imported file (its name relative to the data folder), and its recorded SHA-256. */
  let files: { dataset: string; file: string; rows: number; sha256: string }[] = [];
  /** Lines a dataset kept out (row flags), by file name relative to the data folder. */
  const flaggedLines = new Map<string, Set<number>>();
  let quality: { dataset: string; kind: string; file: string | null }[] = [];

  const count = (dataset: string, table: string) => stored.get(`${dataset}|${table}`) ?? 0;
  const rowsRead = (file: string) => files.find((f) => f.file === relative(REAL_DATA, file))?.rows;
  const kept = (file: string) => {
    const out = flaggedLines.get(relative(REAL_DATA, file)) ?? new Set<number>();
    return csvLines(file).filter((l) => !out.has(l.line));
  };
  const distinct = (keys: (string | null)[]) => new Set(keys.filter((k) => k !== null)).size;

  before(async () => {
    db = importedStore(tempDir());
    const tables = [...new Set(DATASETS.flatMap((d) => d.tables.map((t) => t.table)))];
    for (const table of tables)
      for (const r of await queryStore(
        db,
        `SELECT dataset, count(*)::DOUBLE AS n FROM ${table} GROUP BY dataset`,
      ))
        stored.set(`${r.dataset}|${table}`, Number(r.n));
    files = (
      await queryStore(db, 'SELECT dataset, file, rows::DOUBLE AS rows, sha256 FROM import_files')
    ).map((r) => ({
      dataset: String(r.dataset),
      file: String(r.file),
      rows: Number(r.rows),
      sha256: String(r.sha256),
    }));
    for (const r of await queryStore(db, 'SELECT unit, message FROM ingest_flags WHERE excluded')) {
      const line = /^line (\d+)/.exec(String(r.message))?.[1];
      if (!line) continue;
      const set = flaggedLines.get(String(r.unit)) ?? new Set<number>();
      set.add(Number(line));
      flaggedLines.set(String(r.unit), set);
    }
    quality = (await queryStore(db, 'SELECT dataset, kind, file FROM quality_flags')) as typeof quality;
  });

  it('records every file of every dataset with its SHA-256 and the rows read, summed per dataset', async () => {
    const imports = await queryStore(db, 'SELECT dataset, rows::DOUBLE AS rows FROM dataset_imports');
    assert.deepEqual(imports.map((i) => i.dataset).sort(), DATASETS.map((d) => d.id).sort());
    for (const dataset of DATASETS) {
      const own = files.filter((f) => f.dataset === dataset.id);
      for (const file of dataset.files(REAL_DATA).filter((f) => f.startsWith(REAL_DATA))) {
        const recorded = own.find((f) => f.file === relative(REAL_DATA, file));
        assert.ok(recorded, `${dataset.id}: ${file} recorded`);
        assert.equal(recorded.sha256, createHash('sha256').update(readFileSync(file)).digest('hex'));
      }
      const total = imports.find((i) => i.dataset === dataset.id)?.rows;
      assert.equal(
        total,
        own.reduce((n, f) => n + f.rows, 0),
        `${dataset.id}: rows = sum over its files`,
      );
    }
  });

  it('tags every stored row with a dataset that owns its table', () => {
    for (const key of stored.keys()) {
      const [dataset, table] = key.split('|') as [string, string];
      const owner = DATASETS.find((d) => d.id === dataset);
      assert.ok(
        owner?.tables.some((t) => t.table === table),
        `${table} holds rows of ${dataset}`,
      );
    }
  });

  it('reads every data line of each CSV file', () => {
    const csvs = DATASETS.flatMap((d) => d.files(REAL_DATA)).filter(
      (f) => f.endsWith('.csv') && f.startsWith(REAL_DATA) && !f.includes('oracles/chainlink'),
    );
    assert.ok(csvs.length >= 15);
    for (const file of csvs.filter((f) => !f.includes('yields/')))
      assert.equal(rowsRead(file), csvLines(file).length, file);
  });

  it('stores one row per key of each CSV (the last row of a repeated key wins), less the rows flagged', () => {
    const chainDaily = data('defillama/chain_tvl_daily_6chains_2020-2025-08.csv');
    assert.equal(
      count('defillama/chain-tvl-daily', 'chain_tvl_daily'),
      distinct(kept(chainDaily).map(({ f }) => `${chainOf(f.chain ?? '')}|${f.date}`)),
    );
    const monthly = data('defillama/chain_tvl_monthly_l2_2023-07_2024-07.csv');
    assert.equal(
      count('defillama/chain-tvl-monthly-l2', 'chain_tvl_monthly'),
      distinct(kept(monthly).map(({ f }) => `${chainOf(f.chain ?? '')}|${f.month}`)),
    );
    const superchain = data('defillama/superchain_protocol_monthly_tvl_2024-11_2025-02.csv');
    assert.equal(
      count('defillama/superchain-protocol-monthly', 'protocol_chain_tvl_monthly'),
      distinct(
        kept(superchain).map(
          ({ f }) =>
            `${slugify(f.display_name ?? '')}|${f.display_name}|${chainOf(f.chain ?? '')}|${f.sample_date?.slice(0, 7)}`,
        ),
      ),
    );
    const prices = listFiles(data('prices'), '.csv');
    assert.equal(
      count('prices/daily', 'prices_daily'),
      prices.reduce((n, file) => n + distinct(kept(file).map(({ f }) => f.date ?? null)), 0),
    );
    const coins = data('stablecoins/daily_supply_2020-2025-08.csv');
    assert.equal(
      count('stablecoins/daily-supply', 'stablecoin_supply_daily'),
      distinct(kept(coins).map(({ f }) => `${f.Stablecoin}|${f.Date}`)),
    );
    const positions = data('aave-v3/ethereum_top1000_debt_positions_with_reserve_params_2025-12-01.csv');
    assert.equal(
      count('aave-v3/debt-positions', 'lending_reserves'),
      distinct(kept(positions).map(({ f }) => f.asset_address?.toLowerCase() ?? null)),
    );
  });

  it('stores every line of the CSVs that are not keyed by day', () => {
    const whole: [string, string, string][] = [
      [
        'btc-staking/monthly',
        'btc_staking_monthly',
        'btc-staking/btc_staking_restaking_monthly_2024-09_2025-12.csv',
      ],
      ['aave-v3/top-borrowers', 'lending_accounts', 'aave-v3/ethereum_top1000_borrowers_2025-12-01.csv'],
      [
        'aave-v3/debt-positions',
        'lending_positions',
        'aave-v3/ethereum_top1000_debt_positions_with_reserve_params_2025-12-01.csv',
      ],
      ['aave-v3/volatility', 'asset_volatility', 'aave-v3/asset_volatility_90d_2025-12.csv'],
    ];
    for (const [dataset, table, file] of whole)
      assert.equal(count(dataset, table), kept(data(file)).length, table);
  });

  it('stores each restaking product under its own slug, one point per product and day', () => {
    const all = listFiles(data('restaking-protocols'), '.csv');
    const day = (unix: string | undefined) => dayFromUnix(Number(unix));
    const totals = all
      .filter((f) => basename(f).includes('_total_'))
      .flatMap((file) => kept(file).map(({ f }) => `${RESTAKING_PRODUCTS[f.protocol ?? '']}|${day(f.date)}`));
    assert.equal(count('restaking-protocols/history', 'protocol_tvl_daily'), distinct(totals));
    const tokens = all
      .filter((f) => !basename(f).includes('_total_'))
      .flatMap((file) =>
        kept(file).map(
          ({ f }) =>
            `${RESTAKING_PRODUCTS[f.protocol ?? '']}|${chainOf(f.chain ?? '')}|${day(f.date)}|${f.token}`,
        ),
      );
    assert.equal(count('restaking-protocols/history', 'protocol_token_tvl_daily'), distinct(tokens));
  });

  it('stores one rate row per reserve and UTC day, rows with a rate outside 0..1000% left out', () => {
    const file = data('aave-v3/reserves_daily_13chains_2025-07_2026-08.csv');
    const inRange = (v: string | undefined) => Number(v) >= 0 && Number(v) <= 10;
    const keys = kept(file)
      .filter(({ f }) => inRange(f.liquidity_rate) && inRange(f.variable_borrow_rate))
      .map(
        ({ f }) =>
          `${f.network}|${f.asset_address?.toLowerCase()}|${new Date(f.generated_at ?? '').toISOString().slice(0, 10)}`,
      );
    assert.equal(rowsRead(file), csvLines(file).length);
    assert.equal(count('aave-v3/reserve-rates', 'lending_reserve_rates_daily'), distinct(keys));
  });

  it('stores every Chainlink round but the unreadable rows, each flagged', () => {
    for (const file of listFiles(data('oracles/chainlink'), '.csv')) {
      const lines = readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .slice(1)
        .filter((l) => l.trim() !== '').length;
      assert.equal(rowsRead(file), lines, file);
    }
    const unreadable = quality.filter((q) => q.kind === 'unreadable-row').length;
    const lines = files
      .filter((f) => f.dataset === 'oracles/chainlink-rounds')
      .reduce((n, f) => n + f.rows, 0);
    assert.equal(count('oracles/chainlink-rounds', 'oracle_rounds'), lines - unreadable);
  });

  it('stores one pool and one pool-day per row of the yields export, less the rows kept apart', () => {
    const file = data('yields/defillama_yields_pools_2025-04.csv');
    const apart = quality.filter(
      (q) => q.dataset === 'defillama/yields-export' && q.kind === 'malformed-row-kept-apart',
    ).length;
    const lines = readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l.trim() !== '').length;
    assert.equal(rowsRead(file), lines);
    assert.equal(count('defillama/yields-export', 'yield_pools'), lines - apart);
    assert.equal(count('defillama/yields-export', 'yield_pool_days'), lines - apart);
  });

  it('stores the parquet files: every pool of the snapshot, one day per pool and day of the histories', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const one = async (sql: string) => Number((await (await conn.run(sql)).getRows())[0]?.[0]);
    try {
      const snapshot = data('yields/defillama_pools_2025-10-06.parquet');
      const snapshotRows = await one(`SELECT count(*) FROM '${snapshot}'`);
      assert.equal(rowsRead(snapshot), snapshotRows);
      assert.equal(count('defillama/yield-pools-snapshot', 'yield_pools'), snapshotRows);
      assert.equal(count('defillama/yield-pools-snapshot', 'yield_pool_days'), snapshotRows);
      const history = data('yields/defillama_pool_history_2023-04_2025-10.parquet');
      assert.equal(rowsRead(history), await one(`SELECT count(*) FROM '${history}'`));
      assert.equal(
        count('defillama/yield-pool-history', 'yield_pool_days'),
        await one(`SELECT count(DISTINCT (pool_id_defillama, timestamp::DATE)) FROM '${history}'`),
      );
      assert.equal(
        count('defillama/yield-pool-history', 'yield_pools'),
        await one(`SELECT count(DISTINCT pool_id_defillama) FROM '${history}'`),
      );
      const tvl = data('defillama/protocol_chain_tvl_daily_99protocols_to_2025-03.parquet');
      assert.equal(rowsRead(tvl), await one(`SELECT count(*) FROM '${tvl}'`));
      const namespaces = (
        await (
          await conn.run(`SELECT DISTINCT to_artifact_namespace FROM '${tvl}' WHERE event_type = 'TVL'`)
        ).getRows()
      ).map((r) => String(r[0] ?? ''));
      const map = namespaces.map((n) => `('${n.replaceAll("'", "''")}', '${chainOf(n)}')`).join(', ');
      const points = await one(
        `SELECT count(DISTINCT (to_artifact_name, m.key, time::TIMESTAMP::DATE)) FROM '${tvl}' JOIN (VALUES ${map}) m(raw, key)
         ON m.raw = coalesce(to_artifact_namespace, '') WHERE event_type = 'TVL' AND coalesce(to_artifact_namespace, '') <> ''`,
      );
      assert.equal(
        count('defillama/protocol-chain-tvl-daily', 'protocol_chain_tvl_daily') +
          count('defillama/protocol-chain-tvl-daily', 'protocol_tvl_daily'),
        points,
      );
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });

  it('stores every entry of the JSON datasets, less the ones flagged', () => {
    const json = (path: string) => JSON.parse(readFileSync(data(path), 'utf8'));
    const snapshot = json('defillama/protocols_snapshot_2025-12-19.json') as unknown[];
    assert.equal(count('defillama/protocols-snapshot', 'protocol_snapshots'), snapshot.length);
    assert.equal(count('defillama/protocols-snapshot', 'protocols'), snapshot.length);
    const lending = listFiles(data('defillama/lending_protocols'), '.json').map(
      (f) => JSON.parse(readFileSync(f, 'utf8')) as { tvl: { date: number }[]; currentChainTvls: object },
    );
    assert.equal(
      count('defillama/lending-protocols', 'protocol_tvl_daily'),
      lending.reduce((n, p) => n + distinct(p.tvl.map((t) => dayFromUnix(t.date))), 0),
    );
    assert.equal(
      count('defillama/lending-protocols', 'protocol_chain_snapshots'),
      lending.reduce((n, p) => n + Object.keys(p.currentChainTvls).length, 0),
    );
    assert.equal(count('defillama/lending-protocols', 'protocols'), lending.length);
    assert.equal(
      count('l2beat/scaling-summary', 'l2_risk_profiles'),
      (json('l2beat/scaling_summary_2024-11.json') as { projects: unknown[] }).projects.length,
    );
    const layers = json('bitcoinlayers/layers.json') as { slug: string; title: string }[];
    const templates = layers.filter((l) => l.slug === 'slug' && l.title === 'Title').length;
    assert.equal(quality.filter((q) => q.kind === 'template-entry').length, templates);
    assert.equal(count('bitcoinlayers/layers', 'btc_layer_profiles'), layers.length - templates);
    assert.equal(
      count('babylon/bbn-1', 'babylon_params'),
      (json('babylon/parameters/global-params.json') as { versions: unknown[] }).versions.length,
    );
    assert.equal(
      count('babylon/bbn-1', 'babylon_covenant_signers'),
      Object.keys(json('babylon/covenant-committee/covenant-committee.json')).length,
    );
    assert.equal(
      count('babylon/bbn-1', 'babylon_finality_providers'),
      listFiles(data('babylon/finality-providers/registry'), '.json').length,
    );
  });
});
