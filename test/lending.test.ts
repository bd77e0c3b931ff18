import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { REAL_DATA, tempDir } from './helpers/dataDir.ts';
import { importedStore } from './helpers/importedStore.ts';
import { runCli } from './helpers/runCli.ts';

const dir = tempDir('faultline-lending-');
const env = { FAULTLINE_DATA: REAL_DATA, FAULTLINE_DB: join(dir, 'lending.duckdb') };
const json = (args: string[]) => {
  const r = runCli(args, env);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
};
const fileWith = (name: string, body: string) => {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
};
const near = (a: number, b: number, tol = 1e-6) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

describe('faultline lending position, rates, slippage (pure, no store)', () => {
  it('position: the MODELS §7 vector in the documented JSON fields, beside the document fields', () => {
    const p = json(['lending', 'position', 'examples/lending/position.json', '--version', '3.0', '--json']);
    assert.equal(p.schema, 'faultline.lending-position/v1');
    assert.deepEqual(p.sources, [{ id: 'input', title: "one account's position as given", kind: 'input' }]);
    for (const key of [
      'healthFactor',
      'liquidatable',
      'closeFactor',
      'liquidation',
      'version',
      'collateralUsd',
      'debtUsd',
      'availableBorrowsUsd',
      'isolationMode',
    ])
      assert.ok(key in p, key);
    near(p.healthFactor, 0.951923);
    assert.equal(p.liquidatable, true);
    assert.equal(p.closeFactor, 0.5);
    near(p.liquidation.debtToCover, 6500);
    near(p.liquidation.collateralSeized, 4.55);
    near(p.liquidation.protocolFee, 0.0216667);
    near(p.liquidation.liquidatorReceives, 4.5283333);
    near(p.liquidation.healthFactorAfter, 1.037596);
  });
  it('rates and slippage: the interest and slippage vectors', () => {
    const r = json([
      'lending',
      'rates',
      '--utilization',
      '0.5',
      '--base',
      '0',
      '--slope1',
      '0.04',
      '--slope2',
      '0.6',
      '--optimal',
      '0.9',
      '--reserve-factor',
      '0.1',
      '--json',
    ]);
    near(r.borrowRate, 0.022222);
    near(r.supplyRate, 0.01);
    assert.equal(r.utilization, 0.5);
    assert.equal(r.unit, 'fraction per year');
    const s = json([
      'lending',
      'slippage',
      '--reserve',
      '1000',
      '--fee',
      '0.003',
      '--sell',
      '10',
      '--bonus',
      '0.05',
      '--json',
    ]);
    near(s.maxProfitableSize, 49.6226, 1e-4);
    near(s.loss, 1 - (0.997 * 1000) / (1000 + 0.997 * 10));
    assert.equal(s.profitable, true);
    const csv = runCli(['lending', 'slippage', '--reserve', '1000', '--sell', '10', '--format', 'csv'], env);
    assert.match(
      csv.stdout,
      /^measure,value\nloss \(fraction\),0\.0128\d*\nlargest profitable sale \(asset units\),49\.622/,
    );
  });
  it('winddown: stuck supply per reserve and chain, and the redistribution', () => {
    const w = json([
      'lending',
      'winddown',
      'examples/lending/zerolend-winddown.json',
      '--repay-rate',
      '0.02',
      '--json',
    ]);
    const linea = w.reserves.find(
      (r: { chain: string; asset: string }) => r.chain === 'Linea' && r.asset === 'USDC',
    );
    near(linea.stuckUsd, 2330000);
    near(linea.withdrawableNowUsd, 70000);
    assert.ok(linea.daysToHalf > 0 && linea.daysTo99 > linea.daysToHalf);
    assert.deepEqual(
      w.chains.map((c: { chain: string }) => c.chain),
      ['Linea', 'zkSync Era', 'Blast'],
    );
    assert.ok(w.redistribution.recovery > 0 && w.redistribution.recovery < 1);
    assert.equal(w.name, 'An Aave-v3-fork market winding down on three L2s');
    assert.equal(w.repayRatePerDay, 0.02);
    assert.equal(w.horizonDays, 730);
    assert.match(w.assumptions[0], /Illustrative reserves/);
    assert.equal(w.book.kind, 'input');
  });
});

describe('faultline lending: bad input names the account and the field', () => {
  const ok = {
    asset: 'ETH',
    amount: 1,
    price: 2000,
    liquidationThreshold: 0.8,
    ltv: 0.75,
    liquidationBonus: 1.05,
  };
  const cases: [string, unknown, RegExp][] = [
    [
      'negative amount',
      [{ id: 'alice', collateral: [{ ...ok, amount: -1 }] }],
      /\[0\]\.collateral\[0\]\.amount.*account "alice": must not be negative/,
    ],
    [
      'zero price',
      [{ id: 'bob', collateral: [{ ...ok, price: 0 }] }],
      /account "bob": a price must be above 0/,
    ],
    [
      'LT above 1',
      [{ id: 'c', collateral: [{ ...ok, liquidationThreshold: 1.2 }] }],
      /field "liquidationThreshold": account "c": must not be above 1/,
    ],
    [
      'LT below LTV',
      [{ id: 'd', collateral: [{ ...ok, liquidationThreshold: 0.7 }] }],
      /account "d": liquidation threshold 0.7 is below the LTV 0.75/,
    ],
    [
      'debt with no price',
      [{ id: 'e', debt: [{ asset: 'USDC', amount: 5 }] }],
      /\[0\]\.debt\[0\]\.price.*account "e": missing price/,
    ],
    [
      'unknown e-mode',
      [{ id: 'f', emodeCategory: 9, collateral: [ok] }],
      /account "f": unknown e-mode category 9/,
    ],
    ['empty list', [], /no positions/],
  ];
  for (const [name, body, message] of cases) {
    it(name, () => {
      const r = runCli(
        [
          'lending',
          'stress',
          '--positions',
          fileWith(`${name}.json`, JSON.stringify(body)),
          '--shock',
          'ETH=-0.1',
        ],
        env,
      );
      assert.equal(r.code, 1);
      assert.match(r.stderr, message);
    });
  }
  it('a CSV row names its line; flags out of range are refused', () => {
    const csv = fileWith(
      'bad.csv',
      'account,side,asset,amount,price\nx,collateral,ETH,1,2000\nx,debt,USDC,-5,1\n',
    );
    const r = runCli(['lending', 'stress', '--positions', csv, '--shock', 'ETH=-0.1'], env);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 2.*account "x": missing liquidationThreshold/);
    const positions = ['lending', 'stress', '--positions', 'examples/lending/positions.json'];
    const bad = runCli([...positions, '--shock', 'WETH=-3'], env);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /field "shocks\.WETH": lending stress: must be in \[-1, 10\]/);
    assert.match(runCli([...positions, '--shock', 'WETH'], env).stderr, /expected ASSET=number, got "WETH"/);
    assert.match(
      runCli(positions, env).stderr,
      /give shocks \(ASSET=MOVE\), depegs \(ASSET=FRACTION\) or a scenario/,
    );
    const both = runCli(
      [...positions, '--shock', 'WETH=-0.1', '--scenario', 'examples/lending/l2-sequencer-grace.json'],
      env,
    );
    assert.match(both.stderr, /--scenario: give a scenario or shocks and depegs, not both/);
    assert.match(
      runCli([...positions, '--market', 'aave-v3-ethereum', '--shock', 'WETH=-0.1'], env).stderr,
      /--market: give positions or a stored market, not both/,
    );
    assert.match(
      runCli(['lending', 'position', 'examples/lending/position.json', '--version', '2'], env).stderr,
      /--version: lending position: not an Aave version: 3.0 or 3.3/,
    );
    const none = runCli(['lending', 'winddown'], env);
    assert.match(none.stderr, /give a wind-down file or a stored market/);
    assert.doesNotMatch(none.stderr, /imported/, 'a usage error comes before any import');
  });
});

describe('faultline lending on files and on the stored Aave v3 top-1,000', () => {
  before(() => {
    importedStore(dirname(env.FAULTLINE_DB), basename(env.FAULTLINE_DB));
  });
  it('stress: documented fields; JSON and CSV books agree; a deeper shock never liquidates less', () => {
    const fromJson = json([
      'lending',
      'stress',
      '--positions',
      'examples/lending/positions.json',
      '--shock',
      'WETH=-0.5',
      '--json',
    ]);
    for (const key of [
      'liquidatableDebtUsd',
      'insolvencyUsd',
      'insolventAccounts',
      'liquidatedCollateralUsd',
      'badDebtUsd',
      'perAsset',
    ])
      assert.ok(key in fromJson, key);
    assert.ok(fromJson.liquidatableDebtUsd > 0);
    const top20 = json(['lending', 'stress', '--shock', 'WETH=-0.2', '--json']);
    const top40 = json(['lending', 'stress', '--shock', 'WETH=-0.4', '--json']);
    assert.equal(top40.accounts, 917, 'the 83 accounts with no debt-position row are left out, as a finding');
    assert.equal(top40.findings[0].kind, 'missing-debt-position');
    assert.equal(top40.increment.badDebtUsd, top40.badDebtUsd - top40.baseline.badDebtUsd);
    assert.ok(
      top40.liquidatableDebtUsd >= top20.liquidatableDebtUsd && top40.insolvencyUsd >= top20.insolvencyUsd,
    );
    assert.equal(top40.follows.weETH.asset, 'WETH', 'LSTs follow the ETH shock');
    assert.ok(top40.assumptions.some((a: string) => /collateral mix not in the data/i.test(a)));
    assert.equal(top40.book.kind, 'top-borrowers');
    assert.equal(top40.asOf, '2025-12-01');
    assert.deepEqual(Object.keys(top40.dataThrough), ['aave-v3/top-borrowers', 'aave-v3/debt-positions']);
    const text = runCli(['lending', 'stress', '--shock', 'WETH=-0.4'], env).stdout;
    assert.match(text, /already short before any move \(the input, not the market\): \$220\.6M/);
    assert.match(text, /bad debt\s+│ \$754\.5M\s+│ \$975\.4M\s+│ \$220\.9M/);
  });
  it('stress --scenario: a frozen stale oracle and a sequencer outage block liquidations and say so', () => {
    const frozen = json([
      'lending',
      'stress',
      '--positions',
      'examples/lending/positions.json',
      '--scenario',
      'examples/lending/zerolend-oracle-frozen.json',
      '--json',
    ]);
    assert.ok(frozen.perAsset.find((a: { asset: string }) => a.asset === 'weETH').oraclePriceChange === 0);
    const grace = json([
      'lending',
      'stress',
      '--positions',
      'examples/lending/positions.json',
      '--scenario',
      'examples/lending/l2-sequencer-grace.json',
      '--json',
    ]);
    assert.equal(grace.liquidations, 0);
    assert.ok(grace.blockedDebtUsd.sequencer > 0);
  });
  it('var: deterministic for a seed, the same with worker threads, and carries its assumptions', () => {
    const args = [
      'lending',
      'var',
      '--positions',
      'examples/lending/positions.json',
      '--paths',
      '4000',
      '--seed',
      '5',
      '--json',
    ];
    const a = json(args);
    const b = json([...args, '--workers', '2']);
    assert.deepEqual(b, a, 'two loss threads of the compiled CLI give the same document as one');
    assert.equal(a.book.kind, 'input');
    assert.ok(a.sources.some((x: { id: string }) => x.id === 'aave-v3/volatility'));
    assert.ok(a.lar95 > 0 && a.paths === 4000);
    assert.ok(a.assumptions.some((x: string) => /ZRO: no volatility in the data/.test(x)));
    assert.notEqual(json([...args.slice(0, -3), '--seed', '6', '--json']).lar95, a.lar95);
  });
});
