import { attackProgram, scaleOf, VALID_MARGIN } from './attackProgram.ts';
import { type ExactCoalition, exactCoalition, isValid, lowerRatio } from './exactCoalition.ts';
import { cheaperCover } from './exactCover.ts';
import type { ExactGraph } from './exactGraph.ts';
import type { Graph } from './graph.ts';
import { type Highs, SolverTimeout, solveBinary } from './milp.ts';

export interface BreakEvenResult {
  /** A valid attack, verified exactly; null proves there is none. */
  attack: ExactCoalition | null;
  /** The coalition with the least σ_B/π_A among those examined (exactly), to start γ* from. */
  best: ExactCoalition | null;
  /** How many service sets were examined exactly, and how many MILPs it took. */
  examined: number;
  solves: number;
}

/**
 * The exact verdict where the solver cannot give one: it proves only that no coalition clears break-even by
 * more than its tolerance, and an attack with π_A − σ_B in (0, tolerance] would slip through. This
 * enumerates every service set A the solver cannot rule out (π_A − σ_B above −2·`VALID_MARGIN` of the scale
 * for some cover B, A non-empty and of services with a profit), most profitable first, each excluded by a
 * no-good row once examined; for each it asks, in exact integers, whether some B attacks all of A for less
 * stake than π_A (`cheaperCover`). A valid attack is in that window whatever the rounding, so when the
 * solver proves the window empty the network is secure exactly.
 */
export function breakEvenSearch(
  highs: Highs,
  g: Graph,
  eg: ExactGraph,
  left: () => number,
  budget: number,
): BreakEvenResult {
  const V = g.validatorIds.length;
  const S = g.serviceIds.length;
  const program = attackProgram(g, 1, scaleOf(g));
  const profitable = [...g.serviceIds.keys()].filter((s) => (eg.profit[s] as bigint) > 0n);
  if (profitable.length === 0) return { attack: null, best: null, examined: 0, solves: 0 };
  program.colUpper = new Float64Array(V + S).fill(1);
  for (let s = 0; s < S; s++) if (!profitable.includes(s)) program.colUpper[V + s] = 0;
  program.rows.add(
    profitable.map((s) => [V + s, 1]),
    1,
    Number.POSITIVE_INFINITY,
  );
  const stop = () => {
    if (left() <= 0) throw new SolverTimeout(budget);
  };
  let best: ExactCoalition | null = null;
  let examined = 0;
  let solves = 0;
  for (;;) {
    stop();
    solves++;
    const result = solveBinary(highs, program, {
      timeLimitSeconds: Math.max(left(), 0.01),
      stopAbove: -2 * VALID_MARGIN,
    });
    if (result.status === 'infeasible') return { attack: null, best, examined, solves };
    if (result.objective <= -2 * VALID_MARGIN) {
      if (result.status === 'optimal') return { attack: null, best, examined, solves };
      throw new SolverTimeout(budget);
    }
    const candidate = exactCoalition(g, eg, result.x.slice(0, V));
    if (isValid(candidate)) return { attack: candidate, best, examined, solves };
    if (candidate.profit > 0n && (!best || lowerRatio(candidate, best))) best = candidate;
    const services = profitable.filter((s) => result.x[V + s] === 1);
    let profit = 0n;
    for (const s of services) profit += eg.profit[s] as bigint;
    const cover = cheaperCover(g, eg, services, profit, stop);
    examined++;
    if (cover) {
      const inB = new Uint8Array(V);
      for (const v of cover) inB[v] = 1;
      return { attack: exactCoalition(g, eg, inB), best, examined, solves };
    }
    // No-good: this exact pattern of attacked services is settled.
    program.rows.add(
      profitable.map((s) => [V + s, services.includes(s) ? 1 : -1]),
      Number.NEGATIVE_INFINITY,
      services.length - 1,
    );
  }
}
