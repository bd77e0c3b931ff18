import type { NetworkInput } from '../model/restaking.ts';
import {
  type AssessOptions,
  assessNetwork,
  checkedNetwork,
  type NetworkAssessment,
} from '../risk/restaking/assessNetwork.ts';
import { checkSecurity } from '../risk/restaking/attackSearch.ts';
import { combineBounds, type GammaBounds, needsRelaxation } from '../risk/restaking/gammaBounds.ts';
import { toGraph } from '../risk/restaking/graph.ts';
import type { Highs } from '../risk/restaking/milp.ts';
import type { RelaxationBounds, RelaxationOptions } from '../risk/restaking/relaxationBounds.ts';
import type { RelaxationTask } from './workers/relaxationWorker.ts';
import { runInWorker } from './workers/runInWorker.ts';

export interface RestakingBoundsOptions extends AssessOptions {
  /** The relaxation's work limits (`relaxationBounds`); they, not the clock, decide where it stops. */
  relaxation?: RelaxationOptions;
  /** False: the exact search stops at the verdict, and the relaxation's floor is the bracket's lower end. */
  refineGamma?: boolean;
}

/** `assessNetwork`'s result with γ*'s bracket as the intersection of both computations' proven bounds. */
export interface RestakingBoundsResult extends NetworkAssessment {
  /** Null for an insecure network or one where no service has a profit. */
  gammaBounds: GammaBounds | null;
}

/**
 * Networks with at least this many validator–service edges start the relaxation beside the exact search;
 * smaller ones, which the exact search settles in well under a second, start it only if it is consulted
 * (a thread and a second solver cost more than their whole check). Either way the answer is the same.
 */
export const EARLY_START_EDGES = 1_000;

/**
 * The restaking check on two cores: the exact search (verdict, certificate, γ* by Dinkelbach's method,
 * within `timeLimitSeconds`) on this thread, and the relaxation (y binary, x continuous: `relaxationBounds`,
 * a floor under 1 + γ* and an integer cover above it) in a worker thread started beside it (`EARLY_START_EDGES`). When the exact
 * search leaves γ* bracketed, the relaxation is awaited to its own end (work limits only, never the clock)
 * and the bracket is the intersection of both (`combineBounds`); otherwise the worker is stopped and its
 * answer never read. So the answer does not depend on which thread finishes first. The cascade's
 * Theorem 1 bound uses the combined lower end. A failure in the worker fails the check.
 */
export async function restakingBounds(
  highs: Highs,
  input: NetworkInput,
  options: RestakingBoundsOptions = {},
): Promise<RestakingBoundsResult> {
  const graph = toGraph(checkedNetwork(input));
  const start = () =>
    runInWorker<RelaxationTask, RelaxationBounds>(import.meta.url, './workers/relaxationWorker', {
      graph,
      options: options.relaxation ?? {},
    });
  let worker = graph.members.length >= EARLY_START_EDGES ? start() : null;
  let relaxation: RelaxationBounds | null = null;
  try {
    const exact = checkSecurity(highs, graph, {
      timeLimitSeconds: options.timeLimitSeconds ?? 20,
      ...(options.refineGamma === undefined ? {} : { refineGamma: options.refineGamma }),
    });
    if (needsRelaxation(exact)) {
      worker ??= start();
      relaxation = await worker.result;
    }
    const { certificate, bounds } = combineBounds(graph, exact, relaxation);
    return { ...assessNetwork(highs, input, options, certificate), gammaBounds: bounds };
  } finally {
    if (!relaxation) await worker?.terminate();
  }
}
