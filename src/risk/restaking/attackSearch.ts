import { attackProgram, scaleOf, VALID_MARGIN } from './attackProgram.ts';
import { breakEvenSearch } from './breakEven.ts';
import {
  type Attack,
  type ExactCoalition,
  exactCoalition,
  isValid,
  lowerRatio,
  ratioOf,
  slackOf,
  toAttack,
} from './exactCoalition.ts';
import { exactGraph } from './exactGraph.ts';
import { attackedServices, type Graph } from './graph.ts';
import { type Highs, SolverTimeout, solveBinary } from './milp.ts';

/**
 * The certificate of the exact check: either secure with γ* and the coalition that binds it, or a valid
 * attack anyone can verify against the network. The verdict is exact on the input decimals: π_A > σ_B by
 * any amount is an attack, and each coalition's `exact` field carries both sides as written.
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
  /**
   * How many service sets near break-even the exact search (`breakEvenSearch`) checked to reach a secure
   * verdict; null when the solver's proof cleared break-even by more than its tolerance, or when insecure.
   */
  breakEvenSets: number | null;
  /** How many MILPs were solved (Dinkelbach iterations). */
  solves: number;
}

/** A coalition in index form. */
export interface Coalition {
  services: number[];
  validators: number[];
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
 * Each Dinkelbach MILP stops within this relative gap of its optimum: a coalition worth at least 90% of the
 * best at λ moves ρ almost as far, for much less search. A MILP whose best is zero is still solved exactly
 * (HiGHS measures the gap against the incumbent, so zero leaves no slack): the proof is never cut short.
 */
const DINKELBACH_GAP = 0.1;

/**
 * The verdict's MILP runs at λ = 1 + SHIFT: every valid attack, and every coalition at break-even, is then
 * worth at least SHIFT·π_A, far enough above the solver's tolerance to be seen; a proof at this λ clears
 * break-even (`ratioFloor` with the tolerance added) unless some coalition lies within about SHIFT of it.
 */
const SHIFT = 1e-4;

/**
 * Exact security check (MODELS §6). A network is secure when no coalition has π_A > σ_B by any amount, so
 * the verdict is decided in exact arithmetic on the input decimals (`ExactGraph`), with the MILP as the
 * search: every coalition it returns is re-derived exactly (A(B), π_A, σ_B) before it counts.
 * 1. max (1 + SHIFT)·π_A − σ_B: the first solution above the tolerance, when exactly valid, is the attack;
 *    a proof that there is none is a floor on σ_B/π_A that, when it clears 1 with the tolerance added,
 *    proves security.
 * 2. Otherwise some coalition sits within SHIFT of break-even: max π_A − σ_B looks for an attack clear of
 *    the tolerance, and `breakEvenSearch` settles the rest exactly.
 * Then γ* + 1 = min σ_B/π_A by Dinkelbach's method: with ρ the (exact) ratio of the best coalition so far,
 * each MILP at λ = ρ·(1 − tolerance) is solved to its optimum (within `DINKELBACH_GAP` while it finds
 * coalitions), which is either a coalition with λ·π_A > σ_B (a smaller ratio: the next ρ) or zero, which
 * proves ρ·(1 − tolerance) ≤ 1 + γ* ≤ ρ. γ* is reported from an explicit coalition; when the time runs out
 * first, the proven lower end is given with it.
 */
export function checkSecurity(highs: Highs, g: Graph, options: CheckOptions = {}): SecurityCertificate {
  const budget = options.timeLimitSeconds ?? 20;
  const tolerance = options.tolerance ?? 1e-6;
  const started = performance.now();
  const left = () => budget - (performance.now() - started) / 1000;
  const eg = exactGraph(g);
  const V = g.validatorIds.length;
  const scale = scaleOf(g);
  let solves = 0;
  const probe = (lambda: number, search: 'verdict' | 'optimum') => {
    solves++;
    const result = solveBinary(highs, attackProgram(g, lambda, scale), {
      timeLimitSeconds: Math.max(left(), 0.01),
      ...(search === 'verdict' ? { stopAbove: VALID_MARGIN } : { relativeGap: DINKELBACH_GAP }),
    });
    const found = result.objective > VALID_MARGIN ? exactCoalition(g, eg, result.x.slice(0, V)) : null;
    const proven = result.status === 'optimal' && result.bound <= VALID_MARGIN;
    return { proven, found, bound: result.bound * scale };
  };
  const certificate = (
    secure: boolean,
    best: ExactCoalition | null,
    lower: number,
    exact: boolean,
    breakEvenSets: number | null,
  ): SecurityCertificate => {
    const binding = best && best.profit > 0n ? toAttack(g, eg, best) : null;
    return {
      secure,
      gammaStar: secure && best && binding ? slackOf(best) : null,
      gammaLowerBound: secure && binding ? lower - 1 : null,
      gammaExact: exact,
      validAttack: secure ? null : binding,
      binding,
      breakEvenSets,
      solves,
    };
  };
  const insecure = (attack: ExactCoalition) => certificate(false, attack, 0, false, null);

  // Every validator together attacks every service: the first coalition, and the one to fall back on.
  let best = exactCoalition(g, eg, new Uint8Array(V).fill(1));
  if (best.profit === 0n) return certificate(true, null, 1, true, null);
  const consider = (c: ExactCoalition | null) => {
    if (c && c.profit > 0n && lowerRatio(c, best)) best = c;
  };

  let lower = 1;
  let breakEvenSets: number | null = null;
  const decided = <P extends { proven: boolean; found: ExactCoalition | null }>(p: P): P => {
    if (!p.proven && !p.found) throw new SolverTimeout(budget);
    return p;
  };
  const shifted = decided(probe(1 + SHIFT, 'verdict'));
  if (shifted.found && isValid(shifted.found)) return insecure(shifted.found);
  if (isValid(best)) return insecure(best);
  consider(shifted.found);
  const floor = shifted.proven
    ? ratioFloor(g, 1 + SHIFT, Math.max(shifted.bound, 0) + VALID_MARGIN * scale)
    : 0;
  if (floor > 1 + 1e-9) lower = floor;
  else {
    if (!shifted.proven) {
      const plain = decided(probe(1, 'verdict'));
      if (plain.found && isValid(plain.found)) return insecure(plain.found);
      consider(plain.found);
    }
    const settled = breakEvenSearch(highs, g, eg, left, budget);
    solves += settled.solves;
    if (settled.attack) return insecure(settled.attack);
    consider(settled.best);
    breakEvenSets = settled.examined;
  }
  const closed = () => lower >= ratioOf(best) * (1 - tolerance) * (1 - 1e-12);
  if (options.refineGamma === false) return certificate(true, best, lower, closed(), breakEvenSets);
  while (left() > 0) {
    const lambda = ratioOf(best) * (1 - tolerance);
    if (lambda <= lower) break;
    const next = probe(lambda, 'optimum');
    lower = Math.max(lower, next.proven ? lambda : ratioFloor(g, lambda, next.bound));
    if (next.found && isValid(next.found)) return insecure(next.found);
    if (next.found && next.found.profit > 0n && lowerRatio(next.found, best)) best = next.found;
    else break;
  }
  return certificate(true, best, lower, closed(), breakEvenSets);
}
