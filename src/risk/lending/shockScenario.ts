import type { LendingScenario } from '../../model/lending.ts';
import { pegFollows } from './pegFollows.ts';

/**
 * A plain scenario: price moves per asset, assets on the same peg following, optional depegs; no pools
 * (seized collateral sells at the oracle price), fresh oracles, liquidators present.
 * @example shockScenario('ETH −40%', {WETH: -0.4}, ['WETH', 'weETH', 'USDC']).follows // {weETH: {asset: 'WETH', beta: 1}}
 */
export function shockScenario(
  name: string,
  shocks: Readonly<Record<string, number>>,
  assets: Iterable<string>,
  depegs: Readonly<Record<string, number>> = {},
): LendingScenario {
  return {
    name,
    shocks,
    follows: pegFollows(assets, shocks),
    depegs,
    staleOracle: null,
    sequencer: null,
    pools: {},
    liquidityFactor: 1,
    liquidators: true,
  };
}
