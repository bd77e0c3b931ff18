import { type Attack, coalitionOf, describe } from './attackSearch.ts';
import type { Graph } from './graph.ts';

/** Brute force stops here: 2^24 validator sets. */
export const BRUTE_FORCE_MAX_VALIDATORS = 24;

/**
 * The exact answer by enumeration, for small networks and to check the MILP: every validator set B with
 * its largest attacked service set A(B). Valid attacks are those with π_A > σ_B; γ* + 1 is the least
 * σ_B/π_A. Among valid attacks it keeps the most profitable net of stake. O(2^V·|E|).
 */
export function bruteForceSecurity(g: Graph): {
  secure: boolean;
  gammaStar: number | null;
  validAttack: Attack | null;
} {
  const V = g.validatorIds.length;
  if (V > BRUTE_FORCE_MAX_VALIDATORS)
    throw new RangeError(`brute force needs at most ${BRUTE_FORCE_MAX_VALIDATORS} validators, got ${V}`);
  const inB = new Uint8Array(V);
  let bestRatio = Number.POSITIVE_INFINITY;
  let validAttack: Attack | null = null;
  for (let mask = 0; mask < 2 ** V; mask++) {
    for (let v = 0; v < V; v++) inB[v] = (mask >> v) & 1;
    const attack = describe(g, coalitionOf(g, inB));
    if (attack.profit <= 0) continue;
    bestRatio = Math.min(bestRatio, attack.stake / attack.profit);
    if (
      attack.profit > attack.stake &&
      (!validAttack || attack.profit - attack.stake > validAttack.profit - validAttack.stake)
    ) {
      validAttack = attack;
    }
  }
  if (validAttack) return { secure: false, gammaStar: null, validAttack };
  return { secure: true, gammaStar: Number.isFinite(bestRatio) ? bestRatio - 1 : null, validAttack: null };
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
    const attack = describe(g, coalitionOf(g, inB, removed));
    if (attack.profit > attack.stake) most = Math.max(most, attack.stake);
  }
  return most;
}
