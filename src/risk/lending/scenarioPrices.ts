import type { LendingScenario } from '../../model/lending.ts';

/** Price multipliers a scenario sets: what the market pays and what the oracle reports, per asset. */
export type ScenarioPrices = {
  market: Map<string, number>;
  oracle: Map<string, number>;
};

/**
 * The market multiplier of each asset: 1 + its shock (or beta × the shock of the asset it follows),
 * times 1 − its depeg, never below 0. A stale oracle keeps reporting the pre-shock price (multiplier 1).
 */
export function scenarioPrices(scenario: LendingScenario, assets: Iterable<string>): ScenarioPrices {
  const market = new Map<string, number>();
  const oracle = new Map<string, number>();
  const stale = new Set(scenario.staleOracle?.assets ?? []);
  for (const asset of assets) {
    const own = scenario.shocks[asset];
    const follow = scenario.follows[asset];
    const move = own ?? (follow ? follow.beta * (scenario.shocks[follow.asset] ?? 0) : 0);
    const m = Math.max(0, (1 + move) * (1 - (scenario.depegs[asset] ?? 0)));
    market.set(asset, m);
    oracle.set(asset, stale.has(asset) ? 1 : m);
  }
  return { market, oracle };
}
