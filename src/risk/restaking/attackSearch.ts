import { attackedServices, coverEntries, type Graph, profitOf, stakeOf } from './graph.ts';
import { type BinaryProgram, type Highs, Rows, SolverTimeout, solveBinary } from './milp.ts';

/** An attacking coalition (A, B): the services attacked and the validators that attack them. */
export interface Attack {
  services: string[];
  validators: string[];
  /** π_A. */
  profit: number;
  /** σ_B. */
  stake: number;
}

/**
 * The certificate of the exact check: either secure with γ* and the coalition that binds it, or a valid
 * attack (π_A > σ_B) anyone can verify against the network.
 */
export interface SecurityCertificate {
  secure: boolean;
  /**
   * min σ_B/π_A − 1 over attacking coalitions with π_A > 0, attained by `binding`; null when insecure or
   * when no service has a profit. Exact when `gammaExact`; otherwise an upper end, with the proven lower end.
   */
  gammaStar: number | null;
  gammaLowerBound: number | null;
  gammaExact: boolean;
  validAttack: Attack | null;
  /** The attacking coalition with the least stake per unit of profit (attains γ* when secure). */
  binding: Attack | null;
  /** How many MILPs were solved (Dinkelbach iterations). */
  solves: number;
}

/** A coalition in index form. */
export interface Coalition {
  services: number[];
  validators: number[];
}

/**
 * π_A − σ_B must clear this, in units of max(σ_V, Σπ), for the solver to count an attack as valid: well
 * above its feasibility tolerance (1e-9), so a break-even coalition (π_A = σ_B, not valid) is never
 * taken for one. Attacks closer to break-even than this are not told apart from it.
 */
export const VALID_MARGIN = 1e-7;

/**
 * Each Dinkelbach MILP stops within this relative gap of its optimum: a coalition worth at least 90% of the
 * best at λ moves ρ almost as far, for much less search. A MILP whose best is zero is still solved exactly
 * (HiGHS measures the gap against the incumbent, so zero leaves no slack): the proof is never cut short.
 */
const DINKELBACH_GAP = 0.1;

/** Validator stake and service profit are divided by this before they reach the solver. */
export const scaleOf = (g: Graph) => Math.max(g.totalStake, profitOf(g, g.serviceIds.keys()), 1e-300);

/**
 * The program max λ·Σπ_s·y_s − Σσ_v·x_v subject to Σ_{v∈N(s)} σ_v·x_v ≥ α_s·σ_{N(s)}·y_s (MODELS §6),
 * columns x_0..x_{V−1} then y_0..y_{S−1}, in units of `scale`.
 */
function attackProgram(g: Graph, lambda: number, scale: number): BinaryProgram {
  const V = g.validatorIds.length;
  const S = g.serviceIds.length;
  const cost = new Float64Array(V + S);
  for (let v = 0; v < V; v++) cost[v] = -(g.stake[v] as number) / scale;
  for (let s = 0; s < S; s++) cost[V + s] = (lambda * (g.profit[s] as number)) / scale;
  const rows = new Rows();
  for (let s = 0; s < S; s++) rows.add(coverEntries(g, s, V + s, scale), 0, Number.POSITIVE_INFINITY);
  return { numCols: V + S, cost, rows };
}

/**
 * The coalition a validator set B makes: every service B can attack, and only the members of B that
 * sit in one of them (the others add stake and no profit).
 */
export function coalitionOf(g: Graph, inB: Uint8Array, removed?: Uint8Array): Coalition {
  const services = attackedServices(g, inB, removed);
  const used = new Uint8Array(g.validatorIds.length);
  for (const s of services) {
    for (let k = g.start[s] as number; k < (g.start[s + 1] as number); k++) {
      const v = g.members[k] as number;
      if (inB[v]) used[v] = 1;
    }
  }
  const validators: number[] = [];
  used.forEach((u, v) => {
    if (u) validators.push(v);
  });
  return { services, validators };
}

/** A coalition with ids, profit and stake, as the certificate prints it. */
export function describe(g: Graph, c: Coalition): Attack {
  return {
    services: c.services.map((s) => g.serviceIds[s] as string),
    validators: c.validators.map((v) => g.validatorIds[v] as string),
    profit: profitOf(g, c.services),
    stake: stakeOf(g, c.validators),
  };
}

/**
 * Drops validators from B, largest stake first, while every service in A stays attacked: the same profit
 * for less stake. The solver stops at the first good coalition, so this tightens what it returns.
 */
export function prune(g: Graph, c: Coalition): Coalition {
  const have = new Float64Array(g.serviceIds.length);
  const need = new Float64Array(g.serviceIds.length);
  const inB = new Uint8Array(g.validatorIds.length);
  for (const v of c.validators) inB[v] = 1;
  const servicesOf = new Map<number, number[]>();
  for (const s of c.services) {
    need[s] = (g.alpha[s] as number) * (g.neighbourhoodStake[s] as number) * (1 - 1e-12);
    for (let k = g.start[s] as number; k < (g.start[s + 1] as number); k++) {
      const v = g.members[k] as number;
      if (!inB[v]) continue;
      have[s] = (have[s] as number) + (g.stake[v] as number);
      const list = servicesOf.get(v);
      if (list) list.push(s);
      else servicesOf.set(v, [s]);
    }
  }
  const kept: number[] = [];
  for (const v of [...c.validators].sort((a, b) => (g.stake[b] as number) - (g.stake[a] as number))) {
    const sigma = g.stake[v] as number;
    const mine = servicesOf.get(v) ?? [];
    if (sigma > 0 && mine.every((s) => (have[s] as number) - sigma >= (need[s] as number))) {
      for (const s of mine) have[s] = (have[s] as number) - sigma;
    } else kept.push(v);
  }
  return { services: c.services, validators: kept.sort((a, b) => a - b) };
}

const ratio = (a: Attack) => a.stake / a.profit;

/**
 * A proven floor under min σ_B/π_A from a MILP at λ that proved only λ·π_A − σ_B ≤ `bound` (stake units)
 * for every coalition (A, B), so σ_B/π_A ≥ λ − bound/π_A. Small coalitions are held up by their cost
 * instead: with the services that have a profit sorted by n_s = α_s·σ_{N(s)} and Π_k the profit of the
 * first k, a coalition with π_A > Π_{k−1} attacks a service with n_s ≥ n_(k), so σ_B ≥ n_(k). The floor is
 * the least of max(λ − bound/P, n_(k)/P) over P in each (Π_{k−1}, Π_k].
 */
export function ratioFloor(g: Graph, lambda: number, bound: number): number {
  if (!Number.isFinite(bound)) return 0;
  if (bound <= 0) return lambda;
  const needs: [number, number][] = [];
  for (let s = 0; s < g.serviceIds.length; s++)
    if ((g.profit[s] as number) > 0)
      needs.push([(g.alpha[s] as number) * (g.neighbourhoodStake[s] as number), g.profit[s] as number]);
  needs.sort((a, b) => a[0] - b[0]);
  let floor = Number.POSITIVE_INFINITY;
  let below = 0;
  for (const [need, profit] of needs) {
    const upTo = below + profit;
    const crossing = (bound + need) / lambda;
    const least =
      crossing > upTo
        ? need / upTo
        : crossing > below
          ? (lambda * need) / (need + bound)
          : lambda - bound / below;
    floor = Math.min(floor, least);
    below = upTo;
  }
  return floor;
}

export interface CheckOptions {
  /** Seconds of solver time for the whole check (default 20). */
  timeLimitSeconds?: number;
  /** γ* is exact once 1 + γ* is proven to this relative precision (default 1e-6). */
  tolerance?: number;
  /** False: stop at the verdict; γ* is then only bracketed by the first coalitions found (default true). */
  refineGamma?: boolean;
}

/**
 * Exact security check (MODELS §6). The first MILP, max π_A − σ_B, decides: a solution above zero is a
 * valid attack (the search stops there), an optimum of zero proves security. Then γ* + 1 = min σ_B/π_A
 * is found by Dinkelbach's method: with ρ the ratio of the best coalition so far, each MILP at
 * λ = ρ·(1 − tolerance) is solved to its optimum (within `DINKELBACH_GAP` while it finds coalitions), which
 * is either a coalition with λ·π_A > σ_B (a smaller ratio, and about the most profitable at λ: the next ρ)
 * or zero, which proves ρ·(1 − tolerance) ≤ 1 + γ* ≤ ρ.
 * γ* is reported from an explicit coalition; when the time runs out first, the proven lower end is given
 * with it.
 */
export function checkSecurity(highs: Highs, g: Graph, options: CheckOptions = {}): SecurityCertificate {
  const budget = options.timeLimitSeconds ?? 20;
  const tolerance = options.tolerance ?? 1e-6;
  const started = performance.now();
  const left = () => budget - (performance.now() - started) / 1000;
  const scale = scaleOf(g);
  let solves = 0;
  const probe = (lambda: number, search: 'verdict' | 'optimum') => {
    solves++;
    const result = solveBinary(highs, attackProgram(g, lambda, scale), {
      timeLimitSeconds: Math.max(left(), 0.01),
      ...(search === 'verdict' ? { stopAbove: VALID_MARGIN } : { relativeGap: DINKELBACH_GAP }),
    });
    const found =
      result.objective > VALID_MARGIN
        ? describe(g, prune(g, coalitionOf(g, result.x.slice(0, g.validatorIds.length))))
        : null;
    const proven = result.status === 'optimal' && result.bound <= VALID_MARGIN;
    return { proven, attack: found, bound: result.bound * scale };
  };

  const first = probe(1, 'verdict');
  if (first.attack && first.attack.profit > first.attack.stake) {
    return {
      secure: false,
      gammaStar: null,
      gammaLowerBound: null,
      gammaExact: false,
      validAttack: first.attack,
      binding: first.attack,
      solves,
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
      solves,
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
      solves,
    };
  }
  let lower = 1;
  while (left() > 0) {
    const lambda = ratio(best) * (1 - tolerance);
    if (lambda <= lower) break;
    const next = probe(lambda, 'optimum');
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
    solves,
  };
}
