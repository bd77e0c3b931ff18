import { seededRandom } from '../src/core/seededRandom.ts';
import type { RestakingNetwork } from '../src/model/restaking.ts';

export interface NetworkShape {
  validators: number;
  services: number;
  /** Fewest and most validators per service; large operators join more services. */
  minPerService: number;
  maxPerService: number;
  /** Profit as a share of α·σ_N(s), drawn in [low, high]: below 1 each service alone is secure. */
  profitShare: [number, number];
  seed: number;
}

/**
 * A seeded synthetic restaking network shaped like EigenLayer's: Pareto-distributed operator stakes
 * (a few operators hold most), services secured by a random subset biased towards large operators (an
 * operator's chance to be drawn falls with its rank by stake, so the largest sit in almost every set),
 * thresholds 1/3, 1/2 or 2/3, and profits set against each service's own attack cost.
 */
export function syntheticNetwork(shape: NetworkShape): RestakingNetwork {
  const r = seededRandom(shape.seed);
  const validators = Array.from({ length: shape.validators }, (_, i) => ({
    id: `v${i}`,
    stake: Math.round(1000 / (1 - r()) ** (1 / 1.2)) / 10,
    restaked: null,
  }));
  const byStake = validators
    .map((_, i) => i)
    .sort((a, b) => (validators[b]?.stake ?? 0) - (validators[a]?.stake ?? 0));
  const alphas = [1 / 3, 1 / 2, 2 / 3];
  const services = Array.from({ length: shape.services }, (_, s) => {
    const size = shape.minPerService + Math.floor(r() * (shape.maxPerService - shape.minPerService + 1));
    const chosen = new Set<number>();
    while (chosen.size < Math.min(size, shape.validators)) {
      const u = r();
      chosen.add(byStake[Math.floor(shape.validators * u * u)] as number);
    }
    const members = [...chosen].sort((a, b) => a - b);
    const alpha = alphas[Math.floor(r() * 3)] as number;
    const stake = members.reduce((sum, v) => sum + (validators[v]?.stake ?? 0), 0);
    const [low, high] = shape.profitShare;
    const profit = Math.round(alpha * stake * (low + r() * (high - low)));
    return { id: `s${s}`, alpha, profit, validators: members.map((v) => `v${v}`) };
  });
  return { name: `synthetic seed ${shape.seed}`, unit: 'ETH', validators, services };
}
