import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BabylonParams } from '../../model/btc-layer.ts';
import { babylonSecurity } from './babylon.ts';

const params: BabylonParams = {
  version: 2,
  covenantQuorum: 6,
  covenantSize: 9,
  unbondingBlocks: 1008,
  finalityProviders: 213,
  slashingRate: null,
};

describe(babylonSecurity.name, () => {
  test('the slashing rate is the stored parameter: unknown when absent, so the stake at risk is unknown too', () => {
    const s = babylonSecurity(params, 50_000, 100_000);
    assert.equal(s.slashingRate, null);
    assert.equal(s.stakeAtRiskBtc, null);
    assert.equal(s.stakeAtRiskUsd, null);
    assert.equal(s.stakedBtc, 50_000);
    assert.match(s.text, /the slashing rate \(not in the stored parameters\)/);
  });

  test('a stored rate (bbn-1 genesis x/btcstaking slashing_rate "0.01") burns that share of the staked BTC', () => {
    // babylonlabs-io/networks @ 05db2708, bbn-1/network-artifacts/genesis.json: "slashing_rate": "0.010000000000000000".
    const s = babylonSecurity({ ...params, slashingRate: 0.01 }, 50_000, 100_000);
    assert.equal(s.slashingRate, 0.01);
    assert.equal(s.stakeAtRiskBtc, 500);
    assert.equal(s.stakeAtRiskUsd, 50_000_000);
    assert.match(s.text, /loses 1% of its delegated BTC, the rest unbonds after 1008 blocks/);
    assert.equal(babylonSecurity({ ...params, slashingRate: 0.01 }, null, 100_000).stakeAtRiskBtc, null);
  });

  test('covenant, unbonding and finality come from the parameters', () => {
    const s = babylonSecurity(params, null, null);
    assert.deepEqual([s.covenant.quorum, s.covenant.size, s.unbonding.blocks], [6, 9, 1008]);
    assert.equal(s.unbonding.days, 7);
    assert.ok(Math.abs(s.finality.haltShare - 1 / 3) < 1e-15);
  });
});
