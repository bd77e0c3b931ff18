import type { RestakingNetwork } from '../../model/restaking.ts';

/**
 * A network in index form: validators and services numbered, each service's neighbourhood N(s) as a
 * slice of one flat array (CSR), so every pass over the edges is one loop.
 */
export interface Graph {
  validatorIds: string[];
  serviceIds: string[];
  stake: Float64Array;
  alpha: Float64Array;
  profit: Float64Array;
  /** Service s secures validators `members[start[s]] .. members[start[s + 1] - 1]`. */
  start: Int32Array;
  members: Int32Array;
  /** σ_{N(s)} per service. */
  neighbourhoodStake: Float64Array;
  /** σ_V. */
  totalStake: number;
}

/** Numbers a checked network (ids unique, every service member a known validator). */
export function toGraph(network: RestakingNetwork): Graph {
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
    let at = start[i] as number;
    let sum = 0;
    for (const id of s.validators) {
      const v = index.get(id) as number;
      members[at++] = v;
      sum += stake[v] as number;
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
    totalStake,
  };
}

/** Relative slack for threshold comparisons, so a coalition exactly at α·σ_N is not lost to rounding. */
const EPS = 1e-9;

/**
 * The services a validator set B attacks: every s with σ_{B∩N(s)} ≥ α_s·σ_{N(s)} (MODELS §6). For a fixed
 * B this is the most profitable A, since profits are not negative.
 */
export function attackedServices(g: Graph, inB: Uint8Array, removed?: Uint8Array): number[] {
  const out: number[] = [];
  for (let s = 0; s < g.serviceIds.length; s++) {
    let have = 0;
    let all = 0;
    for (let k = g.start[s] as number; k < (g.start[s + 1] as number); k++) {
      const v = g.members[k] as number;
      if (removed?.[v]) continue;
      const sigma = g.stake[v] as number;
      all += sigma;
      if (inB[v]) have += sigma;
    }
    if (have >= (g.alpha[s] as number) * all - EPS * Math.max(all, 1e-300)) out.push(s);
  }
  return out;
}

/** Σ σ_v over a set of validator indices. */
export function stakeOf(g: Graph, validators: Iterable<number>): number {
  let sum = 0;
  for (const v of validators) sum += g.stake[v] as number;
  return sum;
}

/** Σ π_s over a set of service indices. */
export function profitOf(g: Graph, services: Iterable<number>): number {
  let sum = 0;
  for (const s of services) sum += g.profit[s] as number;
  return sum;
}

/**
 * The covering row of service s, Σ_{v∈N(s)} σ_v·x_v − α_s·σ_{N(s)}·y_s ≥ 0, as `[column, coefficient]`
 * entries in units of `scale`: x_v is column v, y_s column `yColumn`. `extra` adds entries per member.
 */
export function coverEntries(
  g: Graph,
  s: number,
  yColumn: number,
  scale: number,
  extra?: (v: number, sigma: number) => [number, number],
): [number, number][] {
  const entries: [number, number][] = [];
  for (let k = g.start[s] as number; k < (g.start[s + 1] as number); k++) {
    const v = g.members[k] as number;
    const sigma = (g.stake[v] as number) / scale;
    entries.push([v, sigma]);
    if (extra) entries.push(extra(v, sigma));
  }
  entries.push([yColumn, (-(g.alpha[s] as number) * (g.neighbourhoodStake[s] as number)) / scale]);
  return entries;
}
