import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LendingAccount, LendingReserve } from '../model/lending.ts';
import { healthFactorSummary } from './healthFactors.ts';

const account = (
  id: string,
  debtUsd: number,
  collateralUsd: number,
  healthFactor: number,
): LendingAccount => ({ market: 'm', account: id, debtUsd, collateralUsd, healthFactor });
const reserve = (emodeCategory: number) => ({ emodeCategory }) as LendingReserve;

describe(healthFactorSummary.name, () => {
  it('re-estimates e-mode accounts with the category threshold and leaves the others as reported', () => {
    const accounts = [
      account('weth-emode', 1536, 1661, 0.8718),
      account('usdt', 100, 110, 0.9),
      account('safe', 10, 100, 8),
    ];
    const summary = healthFactorSummary(
      accounts,
      new Map([
        ['weth-emode', reserve(1)],
        ['usdt', reserve(0)],
      ]),
      { 1: { label: 'ETH', ltv: 0.93, liquidationThreshold: 0.95, liquidationBonus: 1.01 } },
    );
    assert.equal(summary.belowOneReported, 2);
    assert.equal(summary.belowOneEstimated, 1);
    assert.equal(summary.emodeApplied, 1);
    assert.equal(summary.estimated.find((b) => b.label === '1.00–1.05')?.accounts, 1);
    assert.equal(summary.debtUsd, 1646);
    assert.equal(
      summary.reported.reduce((n, b) => n + b.accounts, 0),
      3,
    );
  });
});
