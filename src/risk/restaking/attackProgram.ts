import { coverEntries, type Graph, profitOf } from './graph.ts';
import { type BinaryProgram, Rows } from './milp.ts';

/**
 * π_A − σ_B must clear this, in units of max(σ_V, Σπ), for the solver to count an attack as valid: well
 * above its feasibility tolerance (1e-9), so a break-even coalition (π_A = σ_B, not valid) is never taken
 * for one. It is also how far a proof from the solver is trusted: the exact check re-examines, in exact
 * arithmetic, whatever lies this close to break-even.
 */
export const VALID_MARGIN = 1e-7;

/** Validator stake and service profit are divided by this before they reach the solver. */
export const scaleOf = (g: Graph) => Math.max(g.totalStake, profitOf(g, g.serviceIds.keys()), 1e-300);

/**
 * The program max λ·Σπ_s·y_s − Σσ_v·x_v subject to Σ_{v∈N(s)} σ_v·x_v ≥ α_s·σ_{N(s)}·y_s (MODELS §6),
 * columns x_0..x_{V−1} then y_0..y_{S−1}, in units of `scale`.
 */
export function attackProgram(g: Graph, lambda: number, scale: number): BinaryProgram {
  const V = g.validatorIds.length;
  const S = g.serviceIds.length;
  const cost = new Float64Array(V + S);
  for (let v = 0; v < V; v++) cost[v] = -(g.stake[v] as number) / scale;
  for (let s = 0; s < S; s++) cost[V + s] = (lambda * (g.profit[s] as number)) / scale;
  const rows = new Rows();
  for (let s = 0; s < S; s++) rows.add(coverEntries(g, s, V + s, scale), 0, Number.POSITIVE_INFINITY);
  return { numCols: V + S, cost, rows };
}
