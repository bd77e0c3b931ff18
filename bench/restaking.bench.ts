// Restaking engine on seeded synthetic networks (bench/_restakingNetwork.ts), in one run:
// - EigenLayer's sufficient condition on 100k validators × 1k services, sparse (target < 1 s);
// - the exact check with its certificate at EigenLayer scale, 2,000 operators × 50 services (target < 30 s),
//   on an insecure network (certificate: a valid attack) and a secure one (certificate: the proof of
//   security, then γ* bracketed within the time budget);
// - the exact check against brute force on the sizes brute force can still do. `npm run bench`.
import { checkSecurity } from '../src/risk/restaking/attackSearch.ts';
import { bruteForceSecurity } from '../src/risk/restaking/bruteForce.ts';
import { toGraph } from '../src/risk/restaking/graph.ts';
import { loadSolver } from '../src/risk/restaking/milp.ts';
import { sufficientCondition } from '../src/risk/restaking/sufficientCondition.ts';
import { syntheticNetwork } from './_restakingNetwork.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const timed = <T>(work: () => T): [T, number] => {
  const t = performance.now();
  const result = work();
  return [result, performance.now() - t];
};
const highs = await loadSolver();

const big = syntheticNetwork({
  validators: 100_000,
  services: 1_000,
  minPerService: 50,
  maxPerService: 1_000,
  profitShare: [0.02, 0.1],
  seed: 1,
});
const [g, compileMs] = timed(() => toGraph(big));
const runs = Array.from({ length: 5 }, () => timed(() => sufficientCondition(g)));
const conditionMs = Math.min(...runs.map(([, ms]) => ms));
const failing = (runs[0]?.[0] ?? []).filter((r) => !r.holds).length;
console.log(
  `sufficient condition: ${g.validatorIds.length.toLocaleString('en-US')} validators × ${g.serviceIds.length.toLocaleString('en-US')} services, ${g.members.length.toLocaleString('en-US')} edges: ${seconds(conditionMs)} (best of 5; graph built in ${seconds(compileMs)}); fails for ${failing.toLocaleString('en-US')} validators  [target < 1 s: ${conditionMs < 1000 ? 'met' : 'MISSED'}]`,
);

for (const [label, share] of [
  ['insecure', [0.05, 0.3]],
  ['secure', [0.02, 0.1]],
] as const) {
  const net = syntheticNetwork({
    validators: 2_000,
    services: 50,
    minPerService: 20,
    maxPerService: 600,
    profitShare: [...share],
    seed: 7,
  });
  const graph = toGraph(net);
  const [verdict, verdictMs] = timed(() => checkSecurity(highs, graph, { timeLimitSeconds: 25 }));
  const what = verdict.validAttack
    ? `valid attack: ${verdict.validAttack.validators.length} validators on ${verdict.validAttack.services.length} services, profit ${verdict.validAttack.profit.toFixed(0)} > stake ${verdict.validAttack.stake.toFixed(0)}`
    : `secure; γ* ${verdict.gammaExact ? `= ${verdict.gammaStar?.toFixed(4)}` : `in [${verdict.gammaLowerBound?.toFixed(4)}, ${verdict.gammaStar?.toFixed(4)}] when the 25 s budget ran out`} after ${verdict.solves} MILPs`;
  console.log(
    `exact check, 2,000 operators × 50 services (${label}, profits ${share[0]}–${share[1]} of each service's own attack cost): ${seconds(verdictMs)}; ${what}  [target < 30 s: ${verdictMs < 30_000 ? 'met' : 'MISSED'}]`,
  );
  if (!verdict.validAttack) {
    const [decided, decideMs] = timed(() =>
      checkSecurity(highs, graph, { timeLimitSeconds: 25, refineGamma: false }),
    );
    console.log(
      `  the security proof alone (γ* not refined): ${seconds(decideMs)}, secure = ${decided.secure}`,
    );
  }
}

console.log('exact check vs brute force (same network, both exact):');
for (const validators of [8, 12, 16, 20]) {
  const net = syntheticNetwork({
    validators,
    services: 6,
    minPerService: 2,
    maxPerService: validators,
    profitShare: [0.05, 0.6],
    seed: validators,
  });
  const graph = toGraph(net);
  const [exact, exactMs] = timed(() => checkSecurity(highs, graph));
  const [brute, bruteMs] = timed(() => bruteForceSecurity(graph));
  const agree =
    exact.secure === brute.secure &&
    (brute.gammaStar === null || Math.abs((exact.gammaStar ?? Number.NaN) - brute.gammaStar) < 1e-5);
  console.log(
    `  ${validators} validators × 6 services: MILP ${seconds(exactMs)}, brute force ${seconds(bruteMs)} (×${(bruteMs / exactMs).toFixed(1)}); ${exact.secure ? 'secure' : 'insecure'}; ${agree ? 'agree' : 'DISAGREE'}`,
  );
}
