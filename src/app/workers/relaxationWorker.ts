import type { Graph } from '../../risk/restaking/graph.ts';
import { loadSolver } from '../../risk/restaking/milp.ts';
import {
  type RelaxationBounds,
  type RelaxationOptions,
  relaxationBounds,
} from '../../risk/restaking/relaxationBounds.ts';

/** What `restakingBounds` hands the relaxation's thread. */
export interface RelaxationTask {
  graph: Graph;
  options: RelaxationOptions;
}

/** Worker entry (`runInWorker`): the relaxation's bounds on 1 + γ*, on this thread's own HiGHS. */
export default async function relaxationWorker(task: RelaxationTask): Promise<RelaxationBounds> {
  return relaxationBounds(await loadSolver(), task.graph, task.options);
}
