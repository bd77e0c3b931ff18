import type { Graph } from './graph.ts';

/** One validator's side of EigenLayer's sufficient condition. */
export interface ConditionRow {
  validator: string;
  /** Σ_{s∋v} (σ_v/σ_{N(s)})·(1+γ)·π_s/α_s: the corruption profit the validator's stake must cover. */
  lhs: number;
  /** σ_v. */
  rhs: number;
  holds: boolean;
}

/**
 * EigenLayer's sufficient condition for security (MODELS §6), per validator, in O(|E|): every validator's
 * stake covers its pro-rata share of each service's profit scaled by 1/α. With `gamma` the profits are
 * scaled by (1+γ), which bounds cascades. A service whose whole neighbourhood has zero stake gives each
 * member an equal share (the limit of equal vanishing stakes), so a member with no stake fails.
 */
export function sufficientCondition(g: Graph, gamma = 0): ConditionRow[] {
  const lhs = new Float64Array(g.validatorIds.length);
  for (let s = 0; s < g.serviceIds.length; s++) {
    const from = g.start[s] as number;
    const to = g.start[s + 1] as number;
    const weight = ((1 + gamma) * (g.profit[s] as number)) / (g.alpha[s] as number);
    const total = g.neighbourhoodStake[s] as number;
    for (let k = from; k < to; k++) {
      const v = g.members[k] as number;
      const share = total > 0 ? (g.stake[v] as number) / total : 1 / (to - from);
      lhs[v] = (lhs[v] as number) + share * weight;
    }
  }
  return g.validatorIds.map((validator, v) => {
    const rhs = g.stake[v] as number;
    const left = lhs[v] as number;
    return { validator, lhs: left, rhs, holds: left <= rhs * (1 + 1e-12) };
  });
}
