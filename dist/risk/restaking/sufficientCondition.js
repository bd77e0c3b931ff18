// src/risk/restaking/sufficientCondition.ts
function sufficientCondition(g, gamma = 0) {
  const lhs = new Float64Array(g.validatorIds.length);
  for (let s = 0; s < g.serviceIds.length; s++) {
    const from = g.start[s];
    const to = g.start[s + 1];
    const weight = (1 + gamma) * g.profit[s] / g.alpha[s];
    const total = g.neighbourhoodStake[s];
    for (let k = from; k < to; k++) {
      const v = g.members[k];
      const share = total > 0 ? g.stake[v] / total : 1 / (to - from);
      lhs[v] = lhs[v] + share * weight;
    }
  }
  return g.validatorIds.map((validator, v) => {
    const rhs = g.stake[v];
    const left = lhs[v];
    return { validator, lhs: left, rhs, holds: left <= rhs * (1 + 1e-12) };
  });
}
export {
  sufficientCondition
};
