// src/risk/restaking/bruteForce.ts
import { coalitionOf, describe } from "./attackSearch.js";
var BRUTE_FORCE_MAX_VALIDATORS = 24;
function bruteForceSecurity(g) {
  const V = g.validatorIds.length;
  if (V > BRUTE_FORCE_MAX_VALIDATORS)
    throw new RangeError(`brute force needs at most ${BRUTE_FORCE_MAX_VALIDATORS} validators, got ${V}`);
  const inB = new Uint8Array(V);
  let bestRatio = Number.POSITIVE_INFINITY;
  let validAttack = null;
  for (let mask = 0; mask < 2 ** V; mask++) {
    for (let v = 0; v < V; v++) inB[v] = mask >> v & 1;
    const attack = describe(g, coalitionOf(g, inB));
    if (attack.profit <= 0) continue;
    bestRatio = Math.min(bestRatio, attack.stake / attack.profit);
    if (attack.profit > attack.stake && (!validAttack || attack.profit - attack.stake > validAttack.profit - validAttack.stake)) {
      validAttack = attack;
    }
  }
  if (validAttack) return { secure: false, gammaStar: null, validAttack };
  return { secure: true, gammaStar: Number.isFinite(bestRatio) ? bestRatio - 1 : null, validAttack: null };
}
function bruteForceCascade(g, removed) {
  const V = g.validatorIds.length;
  if (V > BRUTE_FORCE_MAX_VALIDATORS)
    throw new RangeError(`brute force needs at most ${BRUTE_FORCE_MAX_VALIDATORS} validators, got ${V}`);
  const inB = new Uint8Array(V);
  let most = 0;
  for (let mask = 0; mask < 2 ** V; mask++) {
    let skip = false;
    for (let v = 0; v < V; v++) {
      inB[v] = mask >> v & 1;
      if (inB[v] && removed[v]) skip = true;
    }
    if (skip) continue;
    const attack = describe(g, coalitionOf(g, inB, removed));
    if (attack.profit > attack.stake) most = Math.max(most, attack.stake);
  }
  return most;
}
export {
  BRUTE_FORCE_MAX_VALIDATORS,
  bruteForceCascade,
  bruteForceSecurity
};
