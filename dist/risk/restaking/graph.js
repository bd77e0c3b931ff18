// src/risk/restaking/graph.ts
function toGraph(network) {
  const index = new Map(network.validators.map((v, i) => [v.id, i]));
  const stake = Float64Array.from(network.validators, (v) => v.stake);
  const start = new Int32Array(network.services.length + 1);
  let edges = 0;
  network.services.forEach((s, i) => {
    edges += s.validators.length;
    start[i + 1] = edges;
  });
  const members = new Int32Array(edges);
  const neighbourhoodStake = new Float64Array(network.services.length);
  network.services.forEach((s, i) => {
    let at = start[i];
    let sum = 0;
    for (const id of s.validators) {
      const v = index.get(id);
      members[at++] = v;
      sum += stake[v];
    }
    neighbourhoodStake[i] = sum;
  });
  let totalStake = 0;
  for (const s of stake) totalStake += s;
  return {
    validatorIds: network.validators.map((v) => v.id),
    serviceIds: network.services.map((s) => s.id),
    stake,
    alpha: Float64Array.from(network.services, (s) => s.alpha),
    profit: Float64Array.from(network.services, (s) => s.profit),
    start,
    members,
    neighbourhoodStake,
    totalStake
  };
}
var EPS = 1e-9;
function attackedServices(g, inB, removed) {
  const out = [];
  for (let s = 0; s < g.serviceIds.length; s++) {
    let have = 0;
    let all = 0;
    for (let k = g.start[s]; k < g.start[s + 1]; k++) {
      const v = g.members[k];
      if (removed?.[v]) continue;
      const sigma = g.stake[v];
      all += sigma;
      if (inB[v]) have += sigma;
    }
    if (have >= g.alpha[s] * all - EPS * Math.max(all, 1e-300)) out.push(s);
  }
  return out;
}
function stakeOf(g, validators) {
  let sum = 0;
  for (const v of validators) sum += g.stake[v];
  return sum;
}
function profitOf(g, services) {
  let sum = 0;
  for (const s of services) sum += g.profit[s];
  return sum;
}
function coverEntries(g, s, yColumn, scale, extra) {
  const entries = [];
  for (let k = g.start[s]; k < g.start[s + 1]; k++) {
    const v = g.members[k];
    const sigma = g.stake[v] / scale;
    entries.push([v, sigma]);
    if (extra) entries.push(extra(v, sigma));
  }
  entries.push([yColumn, -g.alpha[s] * g.neighbourhoodStake[s] / scale]);
  return entries;
}
export {
  attackedServices,
  coverEntries,
  profitOf,
  stakeOf,
  toGraph
};
