import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { resolveConfig } from '../../core/config.ts';
import { parseLendingPositions } from '../../sources/files/readLendingPositions.ts';
import { createFileApp } from '../createFileApp.ts';
import { lendingCurve } from './lendingCurve.ts';

const EXAMPLE = join(import.meta.dirname, '../../../examples/lending/positions.json');

/** An account already under water before any move: 1 WETH at $2,836.11 against $10,000 of USDC. */
const UNDER_WATER = {
  id: 'under-water',
  collateral: [
    {
      asset: 'WETH',
      amount: 1,
      price: 2836.11,
      liquidationThreshold: 0.83,
      ltv: 0.805,
      liquidationBonus: 1.05,
      liquidationProtocolFee: 0.1,
    },
  ],
  debt: [{ asset: 'USDC', amount: 10_000, price: 1 }],
};

const USD = ['liquidatableDebtUsd', 'liquidatedCollateralUsd', 'insolvencyUsd', 'badDebtUsd'] as const;

describe('lending curve: each point beside the no-move baseline, as the increment over it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-curve-'));
  // A positions book given: the store is never opened.
  const app = createFileApp(
    resolveConfig({ flags: {}, env: { FAULTLINE_DB: join(dir, 'none.duckdb') }, cwd: dir }),
  );
  after(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  const positions = parseLendingPositions(
    { ...example, accounts: [...example.accounts, UNDER_WATER] },
    'the example book with an account under water',
  );

  it("the 0% point adds nothing; a fall's increment leaves out the $7,163.89 the book already lacked", async () => {
    const d = await lendingCurve(app, { asset: 'WETH', to: -0.5, steps: 5 }, { positions });
    assert.ok(Math.abs(d.baseline.insolvencyUsd - (10_000 - 2836.11)) < 1e-6, `${d.baseline.insolvencyUsd}`);
    const [zero] = d.points;
    assert.ok(zero?.move === 0, 'the first point is no move');
    assert.deepEqual(Object.values(zero?.increment ?? {}), [0, 0, 0, 0, 0, 0, 0]);
    for (const p of d.points)
      for (const k of USD)
        assert.ok(Math.abs(p.increment[k] - (p[k] - d.baseline[k])) < 1e-6, `${p.move} ${k}`);
    const deepest = d.points.at(-1);
    assert.ok(deepest && deepest.badDebtUsd > d.baseline.badDebtUsd, 'a 50% fall adds bad debt');
    assert.ok(deepest.increment.badDebtUsd < deepest.badDebtUsd, 'the increment is not the absolute figure');
  });
});
