import { ceilDiv, type Decimal, decimalOf, pow10, unitsAt } from './decimal.ts';
import type { Graph } from './graph.ts';

/**
 * A graph's numbers as exact integers, to decide the attacks the solver can only see to within its
 * tolerance: stakes and profits in units of 10^-places (one scale for both, so π_A > σ_B is an integer
 * comparison), and per service the least stake an attack needs, ⌈α_s·σ_{N(s)}⌉ in the same units (σ_B∩N(s)
 * is a whole number of units, so it reaches α_s·σ_{N(s)} exactly when it reaches the ceiling). Every input
 * number is the decimal it is written as (`decimalOf`).
 */
export interface ExactGraph {
  places: number;
  stake: bigint[];
  profit: bigint[];
  need: bigint[];
}

/** The exact form of a graph; the decimals of its input numbers fix `places`. */
export function exactGraph(g: Graph): ExactGraph {
  const stakes = Array.from(g.stake, decimalOf);
  const profits = Array.from(g.profit, decimalOf);
  let places = 0;
  for (const d of [...stakes, ...profits]) places = Math.max(places, d.places);
  const stake = stakes.map((d) => unitsAt(d, places));
  const profit = profits.map((d) => unitsAt(d, places));
  const need = Array.from(g.alpha, (a, s) => {
    let sum = 0n;
    for (let k = g.start[s] as number; k < (g.start[s + 1] as number); k++)
      sum += stake[g.members[k] as number] as bigint;
    const alpha: Decimal = decimalOf(a);
    return ceilDiv(alpha.units * sum, pow10(alpha.places));
  });
  return { places, stake, profit, need };
}
