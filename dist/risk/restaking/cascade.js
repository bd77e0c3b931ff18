// src/risk/restaking/cascade.ts
import { coalitionOf, scaleOf, VALID_MARGIN } from "./attackSearch.js";
import { coverEntries, profitOf, stakeOf } from "./graph.js";
import { Rows, solveBinary } from "./milp.js";
function worstCascade(highs, g, shock, gammaStar, timeLimitSeconds = 20) {
  const V = g.validatorIds.length;
  const S = g.serviceIds.length;
  const scale = scaleOf(g);
  const fixed = "validators" in shock ? new Set(shock.validators) : null;
  const cols = 2 * V + S;
  const cost = new Float64Array(cols);
  const colLower = new Float64Array(cols);
  const colUpper = new Float64Array(cols).fill(1);
  for (let v = 0; v < V; v++) {
    cost[v] = g.stake[v] / scale;
    if (fixed) {
      const shocked2 = fixed.has(v) ? 1 : 0;
      colLower[V + v] = shocked2;
      colUpper[V + v] = shocked2;
    }
  }
  const rows = new Rows();
  for (let s = 0; s < S; s++) {
    const alpha = g.alpha[s];
    rows.add(
      coverEntries(g, s, 2 * V + s, scale, (v, sigma) => [V + v, alpha * sigma]),
      0,
      Number.POSITIVE_INFINITY
    );
  }
  for (let v = 0; v < V; v++) {
    rows.add(
      [
        [v, 1],
        [V + v, 1]
      ],
      0,
      1
    );
  }
  const servicesOf = Array.from({ length: V }, (_, v) => [[v, 1]]);
  for (let s = 0; s < S; s++) {
    for (let k = g.start[s]; k < g.start[s + 1]; k++) {
      servicesOf[g.members[k]]?.push([2 * V + s, -1]);
    }
  }
  for (const entries of servicesOf) rows.add(entries, Number.NEGATIVE_INFINITY, 0);
  const psiBudget = "psi" in shock ? shock.psi : 1;
  rows.add(
    Array.from({ length: V }, (_, v) => [V + v, g.stake[v] / scale]),
    0,
    psiBudget * g.totalStake / scale + 1e-12
  );
  const validity = [];
  for (let v = 0; v < V; v++) validity.push([v, -g.stake[v] / scale]);
  for (let s = 0; s < S; s++) validity.push([2 * V + s, g.profit[s] / scale]);
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
    shock: shocked.map((v) => g.validatorIds[v]),
    loss: psi + lost / total,
    bound: gammaStar !== null && gammaStar > 0 ? (1 + 1 / gammaStar) * psi : null,
    method: result.status === "optimal" || result.status === "infeasible" ? "exact" : "bound",
    attackers: valid ? attack.validators.map((v) => g.validatorIds[v]) : [],
    services: valid ? attack.services.map((s) => g.serviceIds[s]) : []
  };
}
export {
  worstCascade
};
