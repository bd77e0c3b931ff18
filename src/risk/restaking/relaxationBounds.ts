import { attackProgram, scaleOf, VALID_MARGIN } from './attackProgram.ts';
import { ratioFloor } from './attackSearch.ts';
import type { Graph } from './graph.ts';
import { type Highs, solveBinary } from './milp.ts';

export interface RelaxationOptions {
  /** How many of the largest validators keep a binary x (default 10). */
  binaryTop?: number;
  /** Branch-and-bound nodes per relaxed program: a work limit (default 1,000; the benchmark's need 100–350). */
  nodeLimit?: number;
  /** Most relaxed programs solved (default 10; the benchmark's need 3–4). */
  maxSolves?: number;
  /** The floor is final once proven to this relative precision (default 1e-6). */
  tolerance?: number;
  /**
   * Stop once the floor is within this fraction of the relaxation's best ratio (default 0.01): the last
   * proof, which would bring it to `tolerance`, costs as much as the steps before it.
   */
  precision?: number;
  /** Branch-and-bound nodes for the integer cover of the relaxation's best service set (default 50). */
  coverNodes?: number;
}

/** What the relaxation proves about 1 + γ* = min σ_B/π_A, and the coalition it suggests. */
export interface RelaxationBounds {
  /** A lower bound on 1 + γ* (null when no service has a profit). */
  floor: number | null;
  /**
   * True when it stopped on its own terms (the floor proven to `tolerance`, or within `precision` of the
   * relaxation's best ratio); false when a work limit ended it.
   */
  complete: boolean;
  solves: number;
  /**
   * Validator indices B of an integer cover of the service set the relaxation found cheapest per unit of
   * profit: an explicit coalition, so its σ_B/π_A(B) (checked exactly by the caller) is an upper bound.
   */
  cover: number[] | null;
}

/**
 * Both ends of γ* from the attack program (MODELS §6) with y binary and x continuous in [0, 1], but for the
 * `binaryTop` largest validators. Every coalition is one of its solutions, so its least σ·x/π·y is a floor
 * under 1 + γ*. (Stop 19 measured the all-continuous relaxation 0.7–1.9% under 1 + γ* on the benchmark's
 * slow seeds; with the ten largest validators binary it is 0.4–0.5%, for about a third more work.) Found by
 * Dinkelbach's method as in `checkSecurity`: from ρ, the ratio of the last solution, the program at
 * λ = ρ·(1 − tolerance) either finds a smaller ratio or proves the floor λ; a program stopped by its node
 * limit or its 10% gap still proves `ratioFloor`, and that is kept once it is within `precision` of ρ. Then the service set of the best relaxed solution gets an integer cover
 * (x binary, within 0.2% or `coverNodes` nodes): an explicit coalition for the upper end. Only work limits
 * stop it, never the clock, so the answer is the same on every run.
 */
export function relaxationBounds(highs: Highs, g: Graph, options: RelaxationOptions = {}): RelaxationBounds {
  const nodeLimit = options.nodeLimit ?? 1_000;
  const maxSolves = options.maxSolves ?? 10;
  const tolerance = options.tolerance ?? 1e-6;
  const precision = options.precision ?? 0.01;
  const V = g.validatorIds.length;
  const S = g.serviceIds.length;
  const scale = scaleOf(g);
  let totalProfit = 0;
  for (const p of g.profit) totalProfit += p;
  if (totalProfit <= 0) return { floor: null, complete: true, solves: 0, cover: null };
  const continuous = new Uint8Array(V + S).fill(1, 0, V);
  const byStake = [...g.stake.keys()].sort(
    (a, b) => (g.stake[b] as number) - (g.stake[a] as number) || a - b,
  );
  for (const v of byStake.slice(0, options.binaryTop ?? 10)) continuous[v] = 0;
  // The all-validators coalition attacks every service: its ratio is where the descent starts.
  let rho = g.totalStake / totalProfit;
  let services: Uint8Array | null = null;
  let floor = 0;
  let solves = 0;
  let complete = false;
  while (solves < maxSolves) {
    const lambda = rho * (1 - tolerance);
    if (lambda <= floor) {
      complete = true;
      break;
    }
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
    if (!(result.objective > VALID_MARGIN && profit > 0 && stake / profit < rho)) {
      complete = proven;
      break;
    }
    rho = stake / profit;
    services = result.x.slice(V);
    if (floor >= rho * (1 - precision)) {
      complete = true;
      break;
    }
  }
  return {
    floor,
    complete,
    solves,
    cover: services && integerCover(highs, g, services, options.coverNodes ?? 50),
  };
}

/** The least stake (within 0.2%, or the best in `nodes` nodes) that attacks every service marked in `services`. */
function integerCover(highs: Highs, g: Graph, services: Uint8Array, nodes: number): number[] {
  const V = g.validatorIds.length;
  const program = attackProgram(g, 0, scaleOf(g));
  program.colLower = new Float64Array(program.numCols);
  program.colUpper = new Float64Array(program.numCols).fill(1);
  services.forEach((y, s) => {
    (program.colLower as Float64Array)[V + s] = y;
    (program.colUpper as Float64Array)[V + s] = y;
  });
  const result = solveBinary(highs, program, {
    timeLimitSeconds: Number.POSITIVE_INFINITY,
    relativeGap: 0.002,
    nodeLimit: nodes,
  });
  return [...result.x.slice(0, V).keys()].filter((v) => result.x[v] === 1);
}
