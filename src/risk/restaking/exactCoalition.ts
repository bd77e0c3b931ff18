import { formatUnits, pow10, quotient } from './decimal.ts';
import type { ExactGraph } from './exactGraph.ts';
import type { Graph } from './graph.ts';

/** An attacking coalition (A, B): the services attacked and the validators that attack them. */
export interface Attack {
  services: string[];
  validators: string[];
  /** π_A, in the network's unit (the nearest number to the exact sum). */
  profit: number;
  /** σ_B, in the network's unit. */
  stake: number;
  /** π_A and σ_B written out exactly, from the input decimals: what decides π_A > σ_B. */
  exact: { profit: string; stake: string };
}

/** A coalition in index form with its exact π_A and σ_B (units of 10^-places, `ExactGraph`). */
export interface ExactCoalition {
  services: number[];
  validators: number[];
  profit: bigint;
  stake: bigint;
}

/** The services a validator set B attacks, exactly: every s with σ_{B∩N(s)} ≥ α_s·σ_{N(s)} (MODELS §6). */
export function exactAttacked(g: Graph, eg: ExactGraph, inB: Uint8Array): number[] {
  const out: number[] = [];
  for (let s = 0; s < g.serviceIds.length; s++) {
    let have = 0n;
    for (let k = g.start[s] as number; k < (g.start[s + 1] as number); k++) {
      const v = g.members[k] as number;
      if (inB[v]) have += eg.stake[v] as bigint;
    }
    if (have >= (eg.need[s] as bigint)) out.push(s);
  }
  return out;
}

/**
 * The coalition a validator set B makes, decided exactly: A = every service B attacks, and B cut down to a
 * minimal set that still attacks all of A (members outside A dropped, then the largest stakes first while
 * every service keeps its need). The same profit for the least stake the greedy finds.
 */
export function exactCoalition(g: Graph, eg: ExactGraph, inB: Uint8Array): ExactCoalition {
  const services = exactAttacked(g, eg, inB);
  const have = new Map<number, bigint>();
  const servicesOf = new Map<number, number[]>();
  for (const s of services) {
    let sum = 0n;
    for (let k = g.start[s] as number; k < (g.start[s + 1] as number); k++) {
      const v = g.members[k] as number;
      if (!inB[v]) continue;
      sum += eg.stake[v] as bigint;
      const list = servicesOf.get(v);
      if (list) list.push(s);
      else servicesOf.set(v, [s]);
    }
    have.set(s, sum);
  }
  const byStake = [...servicesOf.keys()].sort((a, b) => {
    const d = (eg.stake[b] as bigint) - (eg.stake[a] as bigint);
    return d > 0n ? 1 : d < 0n ? -1 : a - b;
  });
  const validators: number[] = [];
  let stake = 0n;
  for (const v of byStake) {
    const sigma = eg.stake[v] as bigint;
    const mine = servicesOf.get(v) ?? [];
    if (mine.every((s) => (have.get(s) as bigint) - sigma >= (eg.need[s] as bigint))) {
      for (const s of mine) have.set(s, (have.get(s) as bigint) - sigma);
    } else {
      validators.push(v);
      stake += sigma;
    }
  }
  let profit = 0n;
  for (const s of services) profit += eg.profit[s] as bigint;
  return { services, validators: validators.sort((a, b) => a - b), profit, stake };
}

/** π_A > σ_B, exactly: the coalition is a valid attack. */
export const isValid = (c: ExactCoalition): boolean => c.profit > c.stake;

/** σ_B/π_A of `a` is below that of `b`, exactly (a with a profit; b with none counts as infinite). */
export const lowerRatio = (a: ExactCoalition, b: ExactCoalition): boolean =>
  b.profit === 0n || a.stake * b.profit < b.stake * a.profit;

/** σ_B/π_A as a number (the coalition has a profit). */
export const ratioOf = (c: ExactCoalition): number => quotient(c.stake, c.profit);

/** σ_B/π_A − 1 as a number, computed exactly before rounding (so a γ near 0 keeps its digits). */
export const slackOf = (c: ExactCoalition): number => quotient(c.stake - c.profit, c.profit);

/** The coalition with ids, as the certificate prints it. */
export function toAttack(g: Graph, eg: ExactGraph, c: ExactCoalition): Attack {
  return {
    services: c.services.map((s) => g.serviceIds[s] as string),
    validators: c.validators.map((v) => g.validatorIds[v] as string),
    profit: quotient(c.profit, pow10(eg.places)),
    stake: quotient(c.stake, pow10(eg.places)),
    exact: { profit: formatUnits(c.profit, eg.places), stake: formatUnits(c.stake, eg.places) },
  };
}
