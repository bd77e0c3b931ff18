import { coalitionOf } from './attackSearch.ts';
import {
  type Attack,
  type ExactCoalition,
  exactAttacked,
  lowerRatio,
  slackOf,
  toAttack,
} from './exactCoalition.ts';
import { exactGraph } from './exactGraph.ts';
import { type Graph, profitOf, stakeOf } from './graph.ts';

/** Brute force stops here: 2^24 validator sets. */
export const BRUTE_FORCE_MAX_VALIDATORS = 24;

/**
 * The exact answer by enumeration, for small networks and to check the MILP: every validator set B with
 * its largest attacked service set A(B), in exact arithmetic on the input decimals (`ExactGraph`). Valid
 * attacks are those with π_A > σ_B; γ* + 1 is the least σ_B/π_A (`binding` attains it). Among valid attacks
 * it keeps the most profitable net of stake. O(2^V·|E|).
 */
export function bruteForceSecurity(g: Graph): {
  secure: boolean;
  gammaStar: number | null;
  validAttack: Attack | null;
  binding: ExactCoalition | null;
} {
  const V = g.validatorIds.length;
  if (V > BRUTE_FORCE_MAX_VALIDATORS)
    throw new RangeError(`brute force needs at most ${BRUTE_FORCE_MAX_VALIDATORS} validators, got ${V}`);
  const eg = exactGraph(g);
  const inB = new Uint8Array(V);
  let binding: ExactCoalition | null = null;
  let valid: ExactCoalition | null = null;
  for (let mask = 0; mask < 2 ** V; mask++) {
    const validators: number[] = [];
    let stake = 0n;
    for (let v = 0; v < V; v++) {
      inB[v] = (mask >> v) & 1;
      if (inB[v]) {
        validators.push(v);
        stake += eg.stake[v] as bigint;
      }
    }
    const services = exactAttacked(g, eg, inB);
    let profit = 0n;
    for (const s of services) profit += eg.profit[s] as bigint;
    if (profit === 0n) continue;
    const c = { services, validators, profit, stake };
    if (!binding || lowerRatio(c, binding)) binding = c;
    if (profit > stake && (!valid || profit - stake > valid.profit - valid.stake)) valid = c;
  }
  if (valid) return { secure: false, gammaStar: null, validAttack: toAttack(g, eg, valid), binding };
  return { secure: true, gammaStar: binding ? slackOf(binding) : null, validAttack: null, binding };
}

/**
 * The largest valid attack on G↓D by enumeration: the most stake σ_B over valid attacks (π_A > σ_B) once
 * the validators in D are removed. Used to check the cascade MILP.
 */
export function bruteForceCascade(g: Graph, removed: Uint8Array): number {
  const V = g.validatorIds.length;
  if (V > BRUTE_FORCE_MAX_VALIDATORS)
    throw new RangeError(`brute force needs at most ${BRUTE_FORCE_MAX_VALIDATORS} validators, got ${V}`);
  const inB = new Uint8Array(V);
  let most = 0;
  for (let mask = 0; mask < 2 ** V; mask++) {
    let skip = false;
    for (let v = 0; v < V; v++) {
      inB[v] = (mask >> v) & 1;
      if (inB[v] && removed[v]) skip = true;
    }
    if (skip) continue;
    const attack = coalitionOf(g, inB, removed);
    const stake = stakeOf(g, attack.validators);
    if (profitOf(g, attack.services) > stake) most = Math.max(most, stake);
  }
  return most;
}
