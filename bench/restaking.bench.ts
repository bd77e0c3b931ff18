// Restaking engine on seeded synthetic networks (bench/_restakingNetwork.ts), in one run:
// - EigenLayer's sufficient condition on 100k validators × 1k services, sparse (target < 1 s);
// - the exact check with its certificate at EigenLayer scale, 2,000 operators × 50 services (target < 30 s),
//   on an insecure network (certificate: a valid attack) and on eight secure ones (certificate: the proof
//   of security and γ*, exact when the last MILP finishes within the budget);
// - the exact check against brute force on the sizes brute force can still do. `npm run bench`.
import { checkSecurity, type SecurityCertificate } from '../src/risk/restaking/attackSearch.ts';
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

// EigenLayer scale: 2,000 operators, 50 services of 20 to 200 operators each (200 is EigenDA's operator cap,
// the largest operator set on EigenLayer; Cyber has 45 operators and Lagrange 66).
const eigenLayerScale = (profitShare: [number, number], seed: number, maxPerService = 200) =>
  toGraph(
    syntheticNetwork({
      validators: 2_000,
      services: 50,
      minPerService: 20,
      maxPerService,
      profitShare,
      seed,
    }),
  );
const BUDGET_SECONDS = 30;

const insecure = eigenLayerScale([0.05, 0.3], 7);
const [attack, attackMs] = timed(() => checkSecurity(highs, insecure, { timeLimitSeconds: BUDGET_SECONDS }));
const valid = attack.validAttack;
console.log(
  `exact check, 2,000 operators × 50 services, insecure (profits 0.05–0.3 of each service's own attack cost): ${seconds(attackMs)}; ${valid ? `valid attack: ${valid.validators.length} validators on ${valid.services.length} services, profit ${valid.profit.toFixed(0)} > stake ${valid.stake.toFixed(0)}` : 'NO ATTACK FOUND'}  [target < 30 s: ${attackMs < 30_000 && valid ? 'met' : 'MISSED'}]`,
);

const describeGamma = (c: SecurityCertificate) =>
  c.gammaExact
    ? `γ* = ${c.gammaStar?.toFixed(6)} (proven to 1e-6), binding coalition ${c.binding?.validators.length} validators on ${c.binding?.services.length} services`
    : `γ* in [${c.gammaLowerBound?.toFixed(4)}, ${c.gammaStar?.toFixed(4)}] when the ${BUDGET_SECONDS} s budget ran out`;
console.log(
  `exact check with γ*, 2,000 operators × 50 services, secure (profits 0.01–0.05 of each service's own attack cost), ${BUDGET_SECONDS} s budget:`,
);
const secureTimes: number[] = [];
for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
  const graph = eigenLayerScale([0.01, 0.05], seed);
  const [c, ms] = timed(() => checkSecurity(highs, graph, { timeLimitSeconds: BUDGET_SECONDS }));
  if (c.gammaExact) secureTimes.push(ms);
  const [decided, decideMs] = timed(() => checkSecurity(highs, graph, { refineGamma: false }));
  console.log(
    `  seed ${seed}: ${c.secure && decided.secure ? 'secure' : 'INSECURE'} (proof alone ${seconds(decideMs)}); ${describeGamma(c)}; ${seconds(ms)} after ${c.solves} MILPs  [target < 30 s: ${c.gammaExact ? 'met' : 'MISSED'}]`,
  );
}
secureTimes.sort((a, b) => a - b);
console.log(
  `  γ* exact within ${BUDGET_SECONDS} s on ${secureTimes.length} of 8 networks (median of those ${seconds(secureTimes[Math.floor((secureTimes.length - 1) / 2)] ?? Number.NaN)})`,
);
const wide = eigenLayerScale([0.01, 0.05], 7, 600);
const [wideCheck, wideMs] = timed(() => checkSecurity(highs, wide, { timeLimitSeconds: BUDGET_SECONDS }));
console.log(
  `  services of up to 600 operators (3× EigenDA's cap), seed 7: ${describeGamma(wideCheck)}; ${seconds(wideMs)}`,
);

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
