import { scaleOf, VALID_MARGIN } from './attackProgram.ts';
import { coalitionOf } from './attackSearch.ts';
import { coverEntries, type Graph, profitOf, stakeOf } from './graph.ts';
import { type Highs, Rows, solveBinary } from './milp.ts';

/** The worst cascade after a shock, as `restaking check --psi/--shock` prints it. */
export interface Cascade {
  /** ψ: the shock as a fraction of all stake. */
  psi: number;
  /** The validators shocked (given, or the worst set the search found for ψ). */
  shock: string[];
  /** R_ψ: total fraction of stake lost, the shock included (a lower bound when method is "bound"). */
  loss: number;
  /** Theorem 1's (1+1/γ)·ψ with the unshocked network's proven γ; null when γ is 0 or unknown. */
  bound: number | null;
  /** "exact" when the search finished; "bound" when it ran out of time and `loss` is what it found. */
  method: 'exact' | 'bound';
  /** The validators that attack after the shock. */
  attackers: string[];
  services: string[];
}

export type Shock = { validators: number[] } | { psi: number };

/**
 * The worst-case loss R_ψ (MODELS §6): the union of a cascade is a valid attack on the shocked graph, so
 * the worst cascade is the valid attack (π_A > σ_B) on G↓D with the most stake. For a given D that is one
 * MILP; for a budget ψ the shock is chosen too, with z_v marking D:
 * max Σσ_v·x_v s.t. Σ_{v∈N(s)} σ_v·x_v + α_s·Σ_{v∈N(s)} σ_v·z_v ≥ α_s·σ_{N(s)}·y_s, x_v + z_v ≤ 1,
 * x_v ≤ Σ_{s∋v} y_s, Σσ_v·z_v ≤ ψ·σ_V, Σπ_s·y_s − Σσ_v·x_v ≥ ε. (With y_s = 1 the first row is α_s's
 * share of what is left; the third keeps validators outside every attacked service out of B.)
 */
export function worstCascade(
  highs: Highs,
  g: Graph,
  shock: Shock,
  gammaStar: number | null,
  timeLimitSeconds = 20,
): Cascade {
  const V = g.validatorIds.length;
  const S = g.serviceIds.length;
  const scale = scaleOf(g);
  const fixed = 'validators' in shock ? new Set(shock.validators) : null;
  const cols = 2 * V + S;
  const cost = new Float64Array(cols);
  const colLower = new Float64Array(cols);
  const colUpper = new Float64Array(cols).fill(1);
  for (let v = 0; v < V; v++) {
    cost[v] = (g.stake[v] as number) / scale;
    if (fixed) {
      const shocked = fixed.has(v) ? 1 : 0;
      colLower[V + v] = shocked;
      colUpper[V + v] = shocked;
    }
  }
  const rows = new Rows();
  for (let s = 0; s < S; s++) {
    const alpha = g.alpha[s] as number;
    rows.add(
      coverEntries(g, s, 2 * V + s, scale, (v, sigma) => [V + v, alpha * sigma]),
      0,
      Number.POSITIVE_INFINITY,
    );
  }
  for (let v = 0; v < V; v++) {
    rows.add(
      [
        [v, 1],
        [V + v, 1],
      ],
      0,
      1,
    );
  }
  // An attacker is lost only with a service it attacks: x_v ≤ Σ_{s∋v} y_s.
  const servicesOf: [number, number][][] = Array.from({ length: V }, (_, v) => [[v, 1]]);
  for (let s = 0; s < S; s++) {
    for (let k = g.start[s] as number; k < (g.start[s + 1] as number); k++) {
      servicesOf[g.members[k] as number]?.push([2 * V + s, -1]);
    }
  }
  for (const entries of servicesOf) rows.add(entries, Number.NEGATIVE_INFINITY, 0);
  const psiBudget = 'psi' in shock ? shock.psi : 1;
  rows.add(
    Array.from({ length: V }, (_, v) => [V + v, (g.stake[v] as number) / scale] as [number, number]),
    0,
    (psiBudget * g.totalStake) / scale + 1e-12,
  );
  const validity: [number, number][] = [];
  for (let v = 0; v < V; v++) validity.push([v, -(g.stake[v] as number) / scale]);
  for (let s = 0; s < S; s++) validity.push([2 * V + s, (g.profit[s] as number) / scale]);
  rows.add(validity, VALID_MARGIN, Number.POSITIVE_INFINITY);

  const result = solveBinary(highs, { numCols: cols, cost, colLower, colUpper, rows }, { timeLimitSeconds });
  const removed = result.x.slice(V, 2 * V);
  const attack = coalitionOf(g, result.x.slice(0, V), removed);
  const valid = profitOf(g, attack.services) > stakeOf(g, attack.validators);
  const shocked = fixed ? [...fixed].sort((a, b) => a - b) : [...removed.keys()].filter((v) => removed[v]);
  const total = g.totalStake > 0 ? g.totalStake : 1;
  const psi = fixed ? stakeOf(g, shocked) / total : psiBudget;
  const lost = valid ? stakeOf(g, attack.validators) : 0;
  return {
    psi,
    shock: shocked.map((v) => g.validatorIds[v] as string),
    loss: psi + lost / total,
    bound: gammaStar !== null && gammaStar > 0 ? (1 + 1 / gammaStar) * psi : null,
    method: result.status === 'optimal' || result.status === 'infeasible' ? 'exact' : 'bound',
    attackers: valid ? attack.validators.map((v) => g.validatorIds[v] as string) : [],
    services: valid ? attack.services.map((s) => g.serviceIds[s] as string) : [],
  };
}
