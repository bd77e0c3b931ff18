import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { AaveVersion, LendingScenario, PositionBook } from '../../model/lending.ts';
import { account, coll, owe } from './_testBook.ts';
import { compileBook, pathLoss } from './compiledBook.ts';
import { runStress } from './liquidationCascade.ts';
import { buildShockIndex } from './shockIndex.ts';
import { shockPaths } from './shockPaths.ts';
import { shockScenario } from './shockScenario.ts';
import { windDown } from './windDown.ts';

const ASSETS = ['ETH', 'BTC', 'USDC'];
const holding = fc.record({
  asset: fc.constantFrom(...ASSETS),
  amount: fc.double({ min: 0, max: 1e6, noNaN: true }),
});
const arbitraryBook = fc
  .array(
    fc.record({
      collateral: fc.array(
        fc.tuple(
          holding,
          fc.double({ min: 0.5, max: 0.95, noNaN: true }),
          fc.double({ min: 1, max: 1.15, noNaN: true }),
        ),
        { minLength: 0, maxLength: 3 },
      ),
      debt: fc.array(holding, { minLength: 0, maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map(
    (rows): PositionBook => ({
      accounts: rows.map((r, i) =>
        account(
          `a${i}`,
          r.collateral.map(([h, lt, bonus]) =>
            coll(h.asset, h.amount, 1, { liquidationThreshold: lt, liquidationBonus: bonus }),
          ),
          r.debt.map((h) => owe(h.asset, h.amount * 0.6, 1)),
        ),
      ),
      emodeCategories: {},
      assumptions: [],
      findings: [],
    }),
  );

describe(buildShockIndex.name, () => {
  test('property: the O(log n) index agrees with the per-account pass at any price of one asset, under v3.0 and v3.3', () => {
    fc.assert(
      fc.property(
        arbitraryBook,
        fc.constantFrom<AaveVersion>('3.0', '3.3'),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (book, version, prices) => {
          const compiled = compileBook(book);
          if (!compiled.assets.includes('ETH')) return;
          const index = buildShockIndex(compiled, 'ETH', version);
          for (const m of prices) {
            const multipliers = compiled.assets.map((a) => (a === 'ETH' ? m : 1));
            const naive = pathLoss(compiled, multipliers, version);
            const fast = index.at(m);
            for (const key of ['insolvency', 'liquidatableDebt', 'liquidated'] as const) {
              const tol = 1e-6 * (1 + Math.abs(naive[key]));
              assert.ok(
                Math.abs(naive[key] - fast[key]) <= tol,
                `${key} at ${m}: ${naive[key]} vs ${fast[key]}`,
              );
            }
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
  test('an asset no position holds is refused', () => {
    const compiled = compileBook({
      accounts: [account('a', [coll('ETH', 1, 1)], [])],
      emodeCategories: {},
      assumptions: [],
      findings: [],
    });
    assert.throws(() => buildShockIndex(compiled, 'DOGE', '3.3'), /no position holds DOGE/);
  });
});

describe(shockPaths.name, () => {
  test('correlated paths have the asked volatility and correlation', () => {
    const model = {
      assets: ['X', 'Y'],
      dailyVolatility: [0.05, 0.02],
      correlation: [
        [1, 0.8],
        [0.8, 1],
      ],
    };
    const m = shockPaths(model, 20000, 11);
    const x = Array.from({ length: 20000 }, (_, p) => Math.log(m[2 * p] as number));
    const y = Array.from({ length: 20000 }, (_, p) => Math.log(m[2 * p + 1] as number));
    const sd = (v: number[]) => Math.sqrt(v.reduce((s, a) => s + a * a, 0) / v.length);
    assert.ok(Math.abs(sd(x) - 0.05) < 0.002 && Math.abs(sd(y) - 0.02) < 0.001);
    const corr = x.reduce((s, a, i) => s + a * (y[i] as number), 0) / x.length / (sd(x) * sd(y));
    assert.ok(Math.abs(corr - 0.8) < 0.02, `correlation ${corr}`);
    assert.throws(
      () =>
        shockPaths(
          {
            ...model,
            correlation: [
              [1, 1.2],
              [1.2, 1],
            ],
          },
          1,
          1,
        ),
      /not positive definite/,
    );
  });
});

describe(runStress.name, () => {
  const book: PositionBook = {
    accounts: [
      account('safe', [coll('ETH', 10, 2000)], [owe('USDC', 5000, 1)]),
      account('edge', [coll('ETH', 10, 2000)], [owe('USDC', 15000, 1)]),
      account('deep', [coll('ETH', 10, 2000)], [owe('USDC', 16400, 1)]),
    ],
    emodeCategories: {},
    assumptions: [],
    findings: [],
  };
  const base = shockScenario('ETH −20%', { ETH: -0.2 }, ['ETH', 'USDC']);
  test('a shock liquidates the accounts whose HF falls below 1; an account left short is insolvent and its gap is bad debt', () => {
    const r = runStress(book, base, '3.3');
    assert.equal(r.liquidatableAccounts, 2);
    assert.equal(r.liquidatableDebtUsd, 15000 + 16400);
    assert.equal(r.insolvencyUsd, 16400 - 16000);
    assert.equal(r.insolventAccounts, 1);
    assert.ok(r.badDebtUsd >= r.insolvencyUsd, 'the bonus paid out deepens the hole');
    assert.ok(r.liquidatedCollateralUsd > 0);
  });
  const variant = (over: Partial<LendingScenario>) => runStress(book, { ...base, ...over }, '3.3');
  test('no liquidators, a sequencer outage and a frozen stale oracle block liquidations, each named', () => {
    assert.equal(variant({ liquidators: false }).blockedDebtUsd.noLiquidators, 31400);
    for (const sequencer of ['down', 'grace'] as const) {
      assert.equal(
        variant({ sequencer }).blockedDebtUsd.sequencer,
        0,
        `${sequencer}: both accounts are under HF 0.95, which the sentinel lets through`,
      );
      // aave-v3-core ValidationLogic.validateLiquidationCall (v3.0.x, @aave/core-v3 1.19.3): the sentinel is
      // asked only when HF ≥ 0.95 (MINIMUM_HEALTH_FACTOR_LIQUIDATION_THRESHOLD), down or in grace alike.
      const mild = runStress(
        book,
        { ...shockScenario('ETH −10%', { ETH: -0.1 }, ['ETH', 'USDC']), sequencer },
        '3.3',
      );
      assert.equal(mild.blockedDebtUsd.sequencer, 15000, `${sequencer}: only the account at HF 0.99 waits`);
    }
    const frozen = variant({ staleOracle: { assets: ['ETH'], behaviour: 'frozen' } });
    assert.equal(frozen.liquidations, 0);
    const accepted = variant({ staleOracle: { assets: ['ETH'], behaviour: 'accepted' } });
    assert.equal(
      accepted.liquidatableAccounts,
      0,
      'a stale price accepted hides the shock from health factors',
    );
    assert.equal(accepted.insolvencyUsd, 400, 'but the market still sees the insolvency');
  });
  test('selling into a thin pool moves the price and cascades; a pool whose fee eats the bonus stops liquidators', () => {
    const deep = variant({ pools: { ETH: { depthUsd: 1e9, fee: 0.003 } } });
    const thin = variant({ pools: { ETH: { depthUsd: 60000, fee: 0.003 } } });
    assert.ok(
      (thin.perAsset.find((a) => a.asset === 'ETH')?.liquidationImpact ?? 0) < -0.5,
      'liquidators crash a $60k pool',
    );
    assert.ok(Math.abs(deep.perAsset.find((a) => a.asset === 'ETH')?.liquidationImpact ?? 1) < 0.001);
    assert.ok(thin.badDebtUsd > deep.badDebtUsd);
    const costly = variant({ pools: { ETH: { depthUsd: 1e9, fee: 0.06 } } });
    assert.equal(costly.liquidations, 0);
    assert.equal(costly.blockedDebtUsd.unprofitable, 31400, 'a 6% pool fee eats the 5% bonus');
  });
});

describe(windDown.name, () => {
  const rates = { baseRate: 0, slope1: 0.04, slope2: 0.6, optimalUtilization: 0.9, reserveFactor: 0.1 };
  test('withdraw-only: free liquidity leaves now, the rest waits for repayments; redistribution pays pro rata', () => {
    const r = windDown(
      [
        { chain: 'A', asset: 'USDC', price: 1, supplied: 1000, borrowed: 990, rates },
        { chain: 'B', asset: 'USDC', price: 1, supplied: 500, borrowed: 0, rates },
      ],
      [
        { supplier: 'x', chain: 'A', asset: 'USDC', amount: 1000 },
        { supplier: 'y', chain: 'B', asset: 'USDC', amount: 500 },
      ],
      0.05,
      365,
    );
    const a = r.reserves[0];
    assert.ok(a);
    assert.equal(a.withdrawableNowUsd, 10);
    assert.equal(a.stuckUsd, 990);
    assert.ok(Math.abs(a.borrowRateWhenDrained - 0.64) < 1e-12, 'at 100% utilisation: 4% + 60%');
    assert.ok(a.daysToHalf !== null && a.daysTo99 !== null && a.daysToHalf < a.daysTo99);
    assert.equal(r.reserves[1]?.daysTo99, 0);
    assert.equal(r.redistribution.recovery, 510 / 1500);
    assert.equal(r.redistribution.suppliers.find((s) => s.supplier === 'y')?.returnedUsd, 500 * (510 / 1500));
    const slow = windDown(
      [{ chain: 'A', asset: 'USDC', price: 1, supplied: 1000, borrowed: 990, rates }],
      [],
      0.001,
      30,
    );
    assert.equal(slow.reserves[0]?.daysTo99, null, 'beyond the horizon is said, not guessed');
  });
});
