import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PositionBook } from '../../model/lending.ts';
import { account, coll, owe } from '../../risk/lending/_testBook.ts';
import { compileBook } from '../../risk/lending/compiledBook.ts';
import { inlineLosses } from '../../risk/lending/lossDistribution.ts';
import { shockPaths } from '../../risk/lending/shockPaths.ts';
import { valueAtRisk } from '../../risk/lending/valueAtRisk.ts';
import { parallelLosses } from './parallelLosses.ts';

/** 200 leveraged accounts, and one with debt and no collateral: every path has insolvency. */
const book: PositionBook = {
  accounts: [
    ...Array.from({ length: 200 }, (_, i) =>
      account(
        `a${i}`,
        [coll('ETH', 10 + (i % 7), 2000), coll('BTC', 0.1 * (i % 3), 60000)],
        [owe('USDC', 15000 + 40 * i, 1)],
      ),
    ),
    account('broke', [], [owe('USDC', 1000, 1)]),
  ],
  emodeCategories: {},
  assumptions: [],
  findings: [],
};
const model = {
  assets: ['ETH', 'BTC'],
  dailyVolatility: [0.05, 0.04],
  correlation: [
    [1, 0.7],
    [0.7, 1],
  ],
};

describe(parallelLosses.name, () => {
  test('worker threads (from TypeScript sources) give exactly the losses of one thread, path by path', async () => {
    const compiled = compileBook(book);
    const job = {
      book: compiled,
      multipliers: shockPaths(model, 501, 3),
      columns: Int32Array.from(compiled.assets.map((a) => model.assets.indexOf(a))),
      modelAssets: 2,
      version: '3.3' as const,
    };
    const one = await inlineLosses(job);
    assert.ok(
      one.liquidated.some((x) => x > 0),
      'some paths liquidate',
    );
    for (const workers of [2, 3]) {
      const many = await parallelLosses(workers)(job);
      assert.deepEqual([...many.insolvency], [...one.insolvency], `${workers} workers`);
      assert.deepEqual([...many.liquidatableDebt], [...one.liquidatableDebt], `${workers} workers`);
      assert.deepEqual([...many.liquidated], [...one.liquidated], `${workers} workers`);
    }
  });
  test('the VaR of a seed does not depend on the thread count', async () => {
    const options = { paths: 400, seed: 7, version: '3.3' as const };
    const inline = await valueAtRisk(book, model, options);
    assert.deepEqual(await valueAtRisk(book, model, options, parallelLosses(2)), inline);
    assert.ok(inline.lar95 > 0 && inline.lar95 >= inline.meanLiquidated);
  });
});
