// src/risk/restaking/attackSearch.ts
import { attackedServices, coverEntries, profitOf, stakeOf } from "./graph.js";
import { Rows, SolverTimeout, solveBinary } from "./milp.js";
var VALID_MARGIN = 1e-7;
var DINKELBACH_GAP = 0.1;
var scaleOf = (g) => Math.max(g.totalStake, profitOf(g, g.serviceIds.keys()), 1e-300);
function attackProgram(g, lambda, scale) {
  const V = g.validatorIds.length;
  const S = g.serviceIds.length;
  const cost = new Float64Array(V + S);
  for (let v = 0; v < V; v++) cost[v] = -g.stake[v] / scale;
  for (let s = 0; s < S; s++) cost[V + s] = lambda * g.profit[s] / scale;
  const rows = new Rows();
  for (let s = 0; s < S; s++) rows.add(coverEntries(g, s, V + s, scale), 0, Number.POSITIVE_INFINITY);
  return { numCols: V + S, cost, rows };
}
function coalitionOf(g, inB, removed) {
  const services = attackedServices(g, inB, removed);
  const used = new Uint8Array(g.validatorIds.length);
  for (const s of services) {
    for (let k = g.start[s]; k < g.start[s + 1]; k++) {
      const v = g.members[k];
      if (inB[v]) used[v] = 1;
    }
  }
  const validators = [];
  used.forEach((u, v) => {
    if (u) validators.push(v);
  });
  return { services, validators };
}
function describe(g, c) {
  return {
    services: c.services.map((s) => g.serviceIds[s]),
    validators: c.validators.map((v) => g.validatorIds[v]),
    profit: profitOf(g, c.services),
    stake: stakeOf(g, c.validators)
  };
}
function prune(g, c) {
  const have = new Float64Array(g.serviceIds.length);
  const need = new Float64Array(g.serviceIds.length);
  const inB = new Uint8Array(g.validatorIds.length);
  for (const v of c.validators) inB[v] = 1;
  const servicesOf = /* @__PURE__ */ new Map();
  for (const s of c.services) {
    need[s] = g.alpha[s] * g.neighbourhoodStake[s] * (1 - 1e-12);
    for (let k = g.start[s]; k < g.start[s + 1]; k++) {
      const v = g.members[k];
      if (!inB[v]) continue;
      have[s] = have[s] + g.stake[v];
      const list = servicesOf.get(v);
      if (list) list.push(s);
      else servicesOf.set(v, [s]);
    }
  }
  const kept = [];
  for (const v of [...c.validators].sort((a, b) => g.stake[b] - g.stake[a])) {
    const sigma = g.stake[v];
    const mine = servicesOf.get(v) ?? [];
    if (sigma > 0 && mine.every((s) => have[s] - sigma >= need[s])) {
      for (const s of mine) have[s] = have[s] - sigma;
    } else kept.push(v);
  }
  return { services: c.services, validators: kept.sort((a, b) => a - b) };
}
var ratio = (a) => a.stake / a.profit;
function ratioFloor(g, lambda, bound) {
  if (!Number.isFinite(bound)) return 0;
  if (bound <= 0) return lambda;
  const needs = [];
  for (let s = 0; s < g.serviceIds.length; s++)
    if (g.profit[s] > 0)
      needs.push([g.alpha[s] * g.neighbourhoodStake[s], g.profit[s]]);
  needs.sort((a, b) => a[0] - b[0]);
  let floor = Number.POSITIVE_INFINITY;
  let below = 0;
  for (const [need, profit] of needs) {
    const upTo = below + profit;
    const crossing = (bound + need) / lambda;
    const least = crossing > upTo ? need / upTo : crossing > below ? lambda * need / (need + bound) : lambda - bound / below;
    floor = Math.min(floor, least);
    below = upTo;
  }
  return floor;
}
function checkSecurity(highs, g, options = {}) {
  const budget = options.timeLimitSeconds ?? 20;
  const tolerance = options.tolerance ?? 1e-6;
  const started = performance.now();
  const left = () => budget - (performance.now() - started) / 1e3;
  const scale = scaleOf(g);
  let solves = 0;
  const probe = (lambda, search) => {
    solves++;
    const result = solveBinary(highs, attackProgram(g, lambda, scale), {
      timeLimitSeconds: Math.max(left(), 0.01),
      ...search === "verdict" ? { stopAbove: VALID_MARGIN } : { relativeGap: DINKELBACH_GAP }
    });
    const found = result.objective > VALID_MARGIN ? describe(g, prune(g, coalitionOf(g, result.x.slice(0, g.validatorIds.length)))) : null;
    const proven = result.status === "optimal" && result.bound <= VALID_MARGIN;
    return { proven, attack: found, bound: result.bound * scale };
  };
  const first = probe(1, "verdict");
  if (first.attack && first.attack.profit > first.attack.stake) {
    return {
      secure: false,
      gammaStar: null,
      gammaLowerBound: null,
      gammaExact: false,
      validAttack: first.attack,
      binding: first.attack,
      solves
    };
  }
  if (!first.proven) throw new SolverTimeout(budget);
  let best = describe(g, prune(g, coalitionOf(g, new Uint8Array(g.validatorIds.length).fill(1))));
  if (best.profit <= 0) {
    return {
      secure: true,
      gammaStar: null,
      gammaLowerBound: null,
      gammaExact: true,
      validAttack: null,
      binding: null,
      solves
    };
  }
  if (options.refineGamma === false) {
    return {
      secure: true,
      gammaStar: ratio(best) - 1,
      gammaLowerBound: 0,
      gammaExact: false,
      validAttack: null,
      binding: best,
      solves
    };
  }
  let lower = 1;
  while (left() > 0) {
    const lambda = ratio(best) * (1 - tolerance);
    if (lambda <= lower) break;
    const next = probe(lambda, "optimum");
    lower = Math.max(lower, next.proven ? lambda : ratioFloor(g, lambda, next.bound));
    if (next.attack && next.attack.profit > 0 && ratio(next.attack) < ratio(best)) best = next.attack;
    else break;
  }
  const exact = lower >= ratio(best) * (1 - tolerance) * (1 - 1e-12);
  return {
    secure: true,
    gammaStar: ratio(best) - 1,
    gammaLowerBound: lower - 1,
    gammaExact: exact,
    validAttack: null,
    binding: best,
    solves
  };
}
export {
  VALID_MARGIN,
  checkSecurity,
  coalitionOf,
  describe,
  prune,
  ratioFloor,
  scaleOf
};
