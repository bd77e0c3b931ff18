import { attackProgram, scaleOf, VALID_MARGIN } from './attackProgram.ts';
import { ratioFloor } from './attackSearch.ts';
import type { Graph } from './graph.ts';
import { type Highs, solveBinary } from './milp.ts';

export interface RelaxationOptions {
  /** How many of the largest validators keep a binary x (default 10). */
  binaryTop?: number;
  /** Branch-and-bound nodes per program: the work limit (default 1,000; the benchmark's need 100–350). */
  nodeLimit?: number;
  /** Most programs solved (default 10; the benchmark's need 3–4). */
  maxSolves?: number;
  /** The floor is final once proven to this relative precision (default 1e-6). */
  tolerance?: number;
}

/** A proven floor under 1 + γ* from the relaxation, and how it ended. */
export interface RelaxationFloor {
  /** A lower bound on min σ_B/π_A = 1 + γ* (null when no service has a profit). */
  floor: number | null;
  /** True when the relaxation's own minimum was proven (to `tolerance`); false when a work limit ended it. */
  complete: boolean;
  solves: number;
}

/**
 * A floor under 1 + γ* = min σ_B/π_A from the attack program (MODELS §6) with y binary and x continuous in
 * [0, 1], but for the `binaryTop` largest validators: every coalition is one of its solutions, so its least
 * σ·x/π·y is at most 1 + γ*. (Stop 19 measured the all-continuous relaxation 0.7–1.9% under 1 + γ* on the
 * benchmark's slow seeds; with the ten largest validators binary it is 0.4–0.5%, for about a third more
 * work.) Dinkelbach's method as in `checkSecurity`: from ρ, the ratio of the last solution, the program
 * at λ = ρ·(1 − tolerance) either finds a smaller ratio or proves the floor λ; a program stopped by its
 * node limit still proves `ratioFloor`. Only work limits stop it, never the clock, so the floor is the
 * same on every run.
 */
export function relaxationFloor(highs: Highs, g: Graph, options: RelaxationOptions = {}): RelaxationFloor {
  const nodeLimit = options.nodeLimit ?? 1_000;
  const maxSolves = options.maxSolves ?? 10;
  const tolerance = options.tolerance ?? 1e-6;
  const V = g.validatorIds.length;
  const S = g.serviceIds.length;
  const scale = scaleOf(g);
  let totalProfit = 0;
  for (const p of g.profit) totalProfit += p;
  if (totalProfit <= 0) return { floor: null, complete: true, solves: 0 };
  const continuous = new Uint8Array(V + S).fill(1, 0, V);
  const byStake = [...g.stake.keys()].sort(
    (a, b) => (g.stake[b] as number) - (g.stake[a] as number) || a - b,
  );
  for (const v of byStake.slice(0, options.binaryTop ?? 10)) continuous[v] = 0;
  // The all-validators coalition attacks every service: its ratio is where the descent starts.
  let rho = g.totalStake / totalProfit;
  let floor = 0;
  let solves = 0;
  while (solves < maxSolves) {
    const lambda = rho * (1 - tolerance);
    if (lambda <= floor) return { floor, complete: true, solves };
    solves++;
    const result = solveBinary(
      highs,
      { ...attackProgram(g, lambda, scale), continuous },
      { timeLimitSeconds: Number.POSITIVE_INFINITY, relativeGap: 0.1, nodeLimit },
    );
    const proven = result.status === 'optimal' && result.bound <= VALID_MARGIN;
    floor = Math.max(floor, proven ? lambda : ratioFloor(g, lambda, result.bound * scale));
    let stake = 0;
    let profit = 0;
    for (let v = 0; v < V; v++) stake += (g.stake[v] as number) * (result.values[v] as number);
    for (let s = 0; s < S; s++) profit += (g.profit[s] as number) * (result.x[V + s] as number);
    if (result.objective > VALID_MARGIN && profit > 0 && stake / profit < rho) rho = stake / profit;
    else return { floor, complete: proven, solves };
  }
  return { floor, complete: false, solves };
}
