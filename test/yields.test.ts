import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { type App, createApp } from '../src/app/createApp.ts';
import { restakingYieldStack } from '../src/app/yield/restakingYieldStack.ts';
import { yieldBreakdown } from '../src/app/yield/yieldBreakdown.ts';
import { yieldCliff } from '../src/app/yield/yieldCliff.ts';
import { yieldRateModel } from '../src/app/yield/yieldRateModel.ts';
import { resolveConfig } from '../src/core/config.ts';
import { NotFoundError, UsageError } from '../src/core/errors.ts';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import { aaveV3RateStrategies } from '../src/sources/files/aaveV3RateStrategies.ts';
import { aaveV3ReserveRates } from '../src/sources/files/aaveV3ReserveRates.ts';
import { defillamaPoolHistory } from '../src/sources/files/defillamaPoolHistory.ts';
import { defillamaPoolsSnapshot } from '../src/sources/files/defillamaPoolsSnapshot.ts';
import { defillamaProtocolsSnapshot } from '../src/sources/files/defillamaProtocolsSnapshot.ts';
import { defillamaYieldsExport } from '../src/sources/files/defillamaYieldsExport.ts';
import { openStoreFile } from '../src/store/duckdb/storeFileAccess.ts';
import type { Store } from '../src/store/store.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';

const YIELD_DATASETS = [
  defillamaProtocolsSnapshot,
  defillamaYieldsExport,
  defillamaPoolHistory,
  defillamaPoolsSnapshot,
  aaveV3ReserveRates,
  aaveV3RateStrategies,
];
const EXPORT = join(REAL_DATA, 'yields/defillama_yields_pools_2025-04.csv');

/** Runs one query with DuckDB directly on a data file: an independent path to the figures the use cases give. */
async function onFile<T>(sql: string): Promise<T[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS() as T[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

describe('yields on the real files', () => {
  let store: Store;
  let app: App;

  before(async () => {
    const dbPath = join(tempDir(), 'yields.duckdb');
    const access = openStoreFile(dbPath);
    const summary = await access.write((s) =>
      importDatasets({ store: s, dataDir: REAL_DATA, datasets: YIELD_DATASETS }),
    );
    assert.deepEqual(
      summary.failed.map((f) => f.error.message),
      [],
    );
    const config = resolveConfig({
      flags: {},
      env: { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: dbPath },
      cwd: process.cwd(),
    });
    app = createApp({ config, store: access });
    store = await app.store();
  });
  after(() => app.close());

  it('repairs the 13 rows an unquoted comma broke, each flagged with its line, and keeps every pool', async () => {
    const flags = (await store.qualityFlags()).filter((f) => f.dataset === defillamaYieldsExport.id);
    const repaired = flags.filter((f) => f.kind === 'repaired-unquoted-comma').map((f) => f.subject);
    assert.deepEqual(
      repaired.map((s) => Number(s.replace('line ', ''))).sort((a, b) => a - b),
      [3103, 3294, 4038, 7482, 7918, 11285, 12075, 12805, 12956, 13772, 13820, 13927, 14697],
    );
    assert.equal(flags.filter((f) => f.kind === 'malformed-row-kept-apart').length, 0);
    const nayms = await yieldBreakdown(app, { protocol: 'nayms', limit: 50 });
    const labels = nayms.breakdowns.find((b) => b.by === 'pool')?.items.map((i) => i.label) ?? [];
    assert.ok(
      labels.includes('USDC KF1SA, Financial  Loss (Status: WINDING_DOWN) (Nayms, Ethereum)'),
      labels.join('; '),
    );
    const imported = (await store.datasetImports()).find((i) => i.dataset === defillamaYieldsExport.id);
    assert.equal(imported?.rows, 14_734);
    assert.ok(flags.some((f) => f.kind === 'apy-split-unknown' && f.subject === '940 pools'));
  });

  it('flags the Aave fields decoded wrongly upstream instead of trusting them', async () => {
    const flags = (await store.qualityFlags()).filter((f) => f.dataset === aaveV3ReserveRates.id);
    const subjects = flags.map((f) => f.subject);
    assert.ok(subjects.includes('liquidation_bonus (20 rows)'), subjects.join('; '));
    assert.ok(subjects.includes('liquidation_protocol_fee (127 reserves)'));
    assert.ok(subjects.includes('emode_category (137 reserves)'));
  });

  it('maps ZeroLend, zerolend and ZeroLend Lending to one parent, with its Linea pools', async () => {
    const docs = await Promise.all(
      ['ZeroLend', 'zerolend', 'ZeroLend Lending'].map((id) => yieldBreakdown(app, { protocol: id })),
    );
    for (const d of docs) {
      assert.equal(d.subject.id, 'zerolend');
      assert.equal(d.asOf, '2025-04-10');
      assert.equal(d.poolCoverage.pools, 50);
    }
    const linea = docs[0]?.breakdowns.find((b) => b.by === 'chain')?.items.find((i) => i.key === 'linea');
    // The export's ZeroLend Linea rows, by hand: nine pools, $23,689,446 supplied; only weETH (0.10896%)
    // and USDT (0.38249%) pay rewards: 2,485,889 × 0.10896% + 708,152 × 0.38249% = $5,417.24 a year.
    assert.equal(linea?.pools, 9);
    assert.equal(linea?.depositsUsd, 23_689_446);
    assert.equal(linea?.yieldUsdPerYear.reward.toFixed(2), '5417.24');
    const weth = docs[0]?.lending?.items.find((i) => i.label === 'WETH (ZeroLend, Linea)');
    assert.equal(weth?.utilisation?.toFixed(4), (3_155_326 / 5_965_290).toFixed(4));
    assert.equal(weth?.impliedReserveFactor?.toFixed(3), '0.350');
    assert.equal(weth?.borrowApy, 2.64475);
  });

  it('gives Aerodrome’s reward share on the export’s day as the raw file does', async () => {
    const doc = await yieldBreakdown(app, { protocol: 'aerodrome', asOf: '2025-04-10' });
    const [raw] = await onFile<{ share: number; pools: number }>(
      `SELECT sum(tvl * reward) / sum(tvl * (base + reward)) AS share, count(*)::INT AS pools FROM (
         SELECT TVL::DOUBLE AS tvl, coalesce("APY Base"::DOUBLE, APY::DOUBLE - "APY Reward"::DOUBLE) AS base,
           coalesce("APY Reward"::DOUBLE, greatest(APY::DOUBLE - "APY Base"::DOUBLE, 0)) AS reward
         FROM read_csv('${EXPORT}', all_varchar = true, strict_mode = false, null_padding = true, ignore_errors = true)
         WHERE Project LIKE 'Aerodrome%' AND ("APY Base" IS NOT NULL OR "APY Reward" IS NOT NULL)
           AND APY::DOUBLE <= 1000)`,
    );
    assert.equal(doc.asOf, '2025-04-10');
    assert.equal(doc.totals?.known.pools, raw?.pools);
    assert.ok(Math.abs((doc.totals?.incentiveShare ?? 0) - (raw?.share ?? 1)) < 1e-9);
    assert.ok((doc.totals?.incentiveShare ?? 0) > 0.5, 'Aerodrome is paid mostly by AERO emissions');
    const newest = await yieldBreakdown(app, { protocol: 'aerodrome' });
    assert.equal(newest.asOf, '2025-10-06');
    assert.ok((newest.totals?.rewardTokens.length ?? 0) > 0);
    assert.ok(
      newest.totals?.rewardTokens.some((t) => t.token === 'base:0x940181a94a35a4569e4529a3cdfb74e38fd98631'),
    );
  });

  it('measures the incentive cliff the same way twice, sustained falls costing TVL that transient ones do not', async () => {
    const a = await yieldCliff(app, { protocol: 'aerodrome', episodes: 'none' });
    const b = await yieldCliff(app, { protocol: 'aerodrome', episodes: 'none' });
    assert.deepEqual(a, b);
    const [, sustained90] = a.measured.sustained.horizons;
    const [, all90] = a.measured.all.horizons;
    assert.ok((sustained90?.episodes ?? 0) >= 100);
    assert.ok((sustained90?.difference?.median ?? 0) < -0.1, `${sustained90?.difference?.median}`);
    assert.ok(Math.abs(all90?.difference?.median ?? 1) < 0.05);
    const projected = a.projection?.horizons[1];
    assert.ok(projected?.projectedTvlUsd && projected.projectedTvlUsd.median < projected.knownTvlUsd);
    assert.ok(projected.projectedTvlUsd.low <= projected.projectedTvlUsd.median);
    assert.ok(projected.projectedTvlUsd.median <= projected.projectedTvlUsd.high);
  });

  it('reproduces Aave v3 Linea USDC’s rates with its activation strategy until governance changed it', async () => {
    const doc = await yieldRateModel(app, { market: 'linea', asset: 'USDC' });
    const usdc = doc.reserves[0];
    assert.equal(usdc?.strategy.source, 'aave-v3-linea_activation_2025-01-21.md');
    assert.equal(usdc?.matchedFrom, '2025-07-22');
    assert.equal(usdc?.matchedThrough, '2025-08-15');
    assert.equal(usdc?.changedBy, '2025-08-16');
    const all = await yieldRateModel(app, {});
    assert.equal(all.reserveCoverage.reserves, 218);
    assert.ok(all.unknownStrategy.some((r) => r.market === 'aave-v3-arbitrum' && r.symbol === 'weETH'));
    const arb = all.reserves.find((r) => r.market === 'aave-v3-arbitrum' && r.symbol === 'ARB');
    assert.equal(arb?.matched, arb?.checked);
  });

  it('stacks weETH’s yield and says an exit through the queue earns none of it', async () => {
    const doc = await restakingYieldStack(app, { token: 'weETH' });
    assert.equal(doc.asOf, '2025-04-10');
    assert.deepEqual(
      doc.layers.map((l) => [l.id, l.apy === null ? null : Number(l.apy.toFixed(5))]),
      [
        ['eth-staking', 3.122],
        ['avs-rewards', 1.80989],
        ['token-incentives', 0.47629],
        ['points', null],
      ],
    );
    assert.equal(doc.duringExitApy, 0);
  });

  it('refuses a future day naming the newest, two subjects, and names what it does not know', async () => {
    await assert.rejects(
      yieldBreakdown(app, { chain: 'linea', asOf: '2030-01-01' }),
      (e: unknown) =>
        e instanceof UsageError &&
        e.details.field === 'asOf' &&
        /after the newest stored pool yields \(2025-10-06\)/.test(e.message),
    );
    await assert.rejects(
      yieldCliff(app, { protocol: 'aerodrome', chain: 'base' }),
      (e: unknown) => e instanceof UsageError && /not protocol and chain/.test(e.message),
    );
    await assert.rejects(yieldBreakdown(app, {}), (e: unknown) => e instanceof UsageError);
    await assert.rejects(
      yieldBreakdown(app, { pool: 'no-such-pool' }),
      (e: unknown) => e instanceof NotFoundError && e.details.field === 'pool',
    );
    await assert.rejects(
      restakingYieldStack(app, { token: 'xETH' }),
      (e: unknown) => e instanceof NotFoundError && /known: weETH/.test(e.message),
    );
  });
});
