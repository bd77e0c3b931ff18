import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PositionBook } from '../../model/lending.ts';
import { account, coll, owe } from './_testBook.ts';
import { bookBaseline } from './bookBaseline.ts';
import { bookFindings } from './bookFindings.ts';
import { stressBook } from './stressBook.ts';
import { valueAtRisk } from './valueAtRisk.ts';

/**
 * Gauntlet's insolvency is Σ max(0, debt − collateral) (MODELS §7). A book whose input already owes
 * $5,000 with no collateral has $5,000 of insolvency before any move: that is the baseline, and a
 * scenario's figures are what it adds to it.
 */
const book: PositionBook = {
  accounts: [
    account('healthy', [coll('WETH', 10, 2000)], [owe('USDC', 10_000, 1)]),
    account('no-collateral', [], [owe('USDC', 5000, 1)]),
    account('underwater', [coll('WETH', 1, 2000)], [owe('USDC', 2500, 1)]),
  ],
  emodeCategories: {},
  assumptions: [],
  findings: [],
};

describe(bookBaseline.name, () => {
  test('the no-move state holds the input shortfall: $5,000 + $500, in two accounts', () => {
    const b = bookBaseline(book, '3.3');
    assert.equal(b.insolvencyUsd, 5500);
    assert.equal(b.insolventAccounts, 2);
    assert.equal(b.liquidatableDebtUsd, 7500, 'both underwater accounts are liquidatable at no move');
  });
  test('a shock of 0 adds nothing; ETH −50% adds what the fall costs, beside the baseline', () => {
    const none = stressBook(book, { shocks: { WETH: 0 }, depegs: {} }, '3.3');
    assert.equal(none.insolvencyUsd, 5500, 'the absolute state is still reported');
    assert.deepEqual(Object.values(none.increment), [0, 0, 0, 0, 0, 0, 0]);
    const half = stressBook(book, { shocks: { WETH: -0.5 }, depegs: {} }, '3.3');
    // healthy: 10 WETH at $1,000 = $10,000 of collateral against $10,000 of debt: HF 0.825, not insolvent;
    // underwater: 1 WETH at $1,000 against $2,500: $1,500 short (was $500).
    assert.equal(half.insolvencyUsd, 5000 + 1500);
    assert.equal(half.increment.insolvencyUsd, 1000);
    assert.equal(half.increment.liquidatableDebtUsd, 10_000);
    assert.equal(half.baseline.insolvencyUsd, 5500);
  });
  test('VaR and LaR are increments: a book that only owes stablecoins has VaR 0 over a $5,000 baseline', async () => {
    const stable: PositionBook = { ...book, accounts: [book.accounts[1] as PositionBook['accounts'][0]] };
    const model = {
      assets: ['WETH', 'USDC'],
      dailyVolatility: [0.05, 0],
      correlation: [
        [1, 0],
        [0, 1],
      ],
    };
    const r = await valueAtRisk(stable, model, { paths: 200, seed: 1, version: '3.3' });
    assert.equal(r.baseline.insolvencyUsd, 5000);
    assert.equal(r.var95, 0);
    assert.equal(r.worstInsolvency, 0);
  });
});

describe(bookFindings.name, () => {
  test('names the accounts already short, apart from the builder findings, and never drops them', () => {
    const f = bookFindings(book);
    assert.equal(f.length, 1);
    const [short] = f;
    assert.equal(short?.kind, 'debt-above-collateral');
    assert.equal(short?.treatment, 'in-baseline');
    assert.equal(short?.accounts, 2);
    assert.equal(short?.noCollateralAccounts, 1);
    assert.equal(short?.shortfallUsd, 5500);
    assert.deepEqual(short?.examples, ['no-collateral', 'underwater']);
    assert.deepEqual(
      bookFindings({ ...book, accounts: [book.accounts[0] as PositionBook['accounts'][0]] }),
      [],
    );
  });
});
