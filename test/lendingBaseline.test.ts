import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { aaveTopBorrowersBook } from '../src/analytics/aaveTopBorrowersBook.ts';
import { lendingShockModel } from '../src/analytics/lendingShockModel.ts';
import { importDatasets } from '../src/ingest/importDatasets.ts';
import type { PositionBook } from '../src/model/lending.ts';
import { bookAssets } from '../src/risk/lending/bookAssets.ts';
import { bookFindings } from '../src/risk/lending/bookFindings.ts';
import { stressBook } from '../src/risk/lending/stressBook.ts';
import { valueAtRisk } from '../src/risk/lending/valueAtRisk.ts';
import { AAVE_V3_ETHEREUM } from '../src/sources/files/aaveV3Borrowers.ts';
import { DATASETS } from '../src/sources/files/datasets.ts';
import { createDuckDbStore } from '../src/store/duckdb/duckdbStore.ts';
import type { Store } from '../src/store/store.ts';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';

const BORROWERS = join(REAL_DATA, 'aave-v3/ethereum_top1000_borrowers_2025-12-01.csv');
const POSITIONS = join(
  REAL_DATA,
  'aave-v3/ethereum_top1000_debt_positions_with_reserve_params_2025-12-01.csv',
);

/** What the two input files say, read straight from them with SQL (not through the importers or the book). */
async function fromFiles() {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const [row] = (await (
    await conn.run(`
      WITH b AS (SELECT lower(user_address) AS a, total_debt_usd AS d, total_collateral_usd AS c FROM read_csv('${BORROWERS}')),
           p AS (SELECT DISTINCT lower(user_address) AS a FROM read_csv('${POSITIONS}')),
           kept AS (SELECT * FROM b WHERE a IN (SELECT a FROM p))
      SELECT (SELECT count(*) FROM b WHERE a NOT IN (SELECT a FROM p))::DOUBLE AS missing,
             (SELECT sum(d) FROM b WHERE a NOT IN (SELECT a FROM p)) AS "missingDebt",
             (SELECT count(*) FROM kept WHERE d > c)::DOUBLE AS under,
             (SELECT count(*) FROM kept WHERE d > 0 AND c = 0)::DOUBLE AS "noCollateral",
             (SELECT sum(d) FROM kept WHERE d > 0 AND c = 0) AS "noCollateralDebt",
             (SELECT sum(d - c) FROM kept WHERE d > c) AS shortfall`)
  ).getRowObjectsJson()) as Record<string, number>[];
  conn.closeSync();
  db.closeSync();
  return row as Record<string, number>;
}

describe('the Aave v3 top-1,000 book: input problems are findings, stress figures are increments', () => {
  let store: Store;
  let book: PositionBook;
  let files: Record<string, number>;
  before(async () => {
    store = await createDuckDbStore(join(tempDir(), 'lending.duckdb'));
    await store.migrate();
    const aave = DATASETS.filter((d) => d.id.startsWith('aave-v3/') || d.id === 'prices/daily');
    const summary = await importDatasets({ store, dataDir: REAL_DATA, datasets: aave });
    assert.deepEqual(summary.failed, []);
    book = await aaveTopBorrowersBook(store, AAVE_V3_ETHEREUM);
    files = await fromFiles();
  });
  after(() => store.close());

  it('leaves the 83 accounts with no debt-position row out of the book, as a finding with their $122.9M of debt', () => {
    assert.equal(files.missing, 83);
    assert.equal(Math.round(files.missingDebt ?? 0), 122_894_526);
    const missing = book.findings.find((f) => f.kind === 'missing-debt-position');
    assert.equal(missing?.treatment, 'left-out');
    assert.equal(missing?.accounts, files.missing);
    assert.equal(missing?.debtUsd.toFixed(2), files.missingDebt?.toFixed(2));
    assert.equal(book.accounts.length, 1000 - (files.missing ?? 0));
    assert.ok(!book.accounts.some((a) => missing?.examples.includes(a.id)), 'none of them is in the book');
  });

  it('the pre-existing shortfall ($220.6M in 16 accounts, 10 with no collateral and $164.9M of debt) is the baseline, its own line', () => {
    const r = stressBook(book, { shocks: { WETH: 0 }, depegs: {} }, '3.3');
    const short = r.findings.find((f) => f.kind === 'debt-above-collateral');
    assert.equal(short?.accounts, files.under);
    assert.equal(short?.accounts, 16);
    assert.equal(short?.noCollateralAccounts, files.noCollateral);
    assert.equal(Math.round((files.noCollateralDebt ?? 0) / 1e5) / 10, 164.9);
    assert.ok(Math.abs((short?.shortfallUsd ?? 0) - (files.shortfall ?? 0)) < 0.01);
    assert.ok(Math.abs(r.baseline.insolvencyUsd - (files.shortfall ?? 0)) < 0.01);
    assert.equal((r.baseline.insolvencyUsd / 1e6).toFixed(1), '220.6');
    assert.deepEqual(Object.values(r.increment), [0, 0, 0, 0, 0, 0, 0], 'no move adds nothing');
    const fall = stressBook(book, { shocks: { WETH: -0.4 }, depegs: {} }, '3.3');
    assert.equal(fall.increment.badDebtUsd, fall.badDebtUsd - r.badDebtUsd);
    assert.ok(fall.increment.badDebtUsd > 0 && fall.increment.badDebtUsd < fall.badDebtUsd);
  });

  it('VaR is what one day adds to the $220.6M baseline, not the baseline itself', async () => {
    const { model } = await lendingShockModel(store, bookAssets(book));
    const v = await valueAtRisk(book, model, { paths: 2000, seed: 1, version: '3.3' });
    assert.ok(Math.abs(v.baseline.insolvencyUsd - (files.shortfall ?? 0)) < 0.01);
    assert.ok(v.var95 >= 0 && v.var95 < 0.05 * v.baseline.insolvencyUsd, `VaR ${v.var95}`);
    assert.deepEqual(
      bookFindings(book).map((f) => f.kind),
      ['missing-debt-position', 'debt-above-collateral'],
    );
  });
});
