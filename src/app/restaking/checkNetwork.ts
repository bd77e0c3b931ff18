import { UsageError } from '../../core/errors.ts';
import type { NetworkInput } from '../../model/restaking.ts';
import { assessmentDocument } from '../../risk/restaking/assessmentDocument.ts';
import { loadSolver, SolverTimeout } from '../../risk/restaking/milp.ts';
import type { DocumentMeta } from '../document.ts';
import { restakingBounds } from '../restakingBounds.ts';
import type { RestakingCheckResult } from '../restakingCheck.ts';

/** A restaking check ready to run: a validated network, the shock, the solver budget and the document's meta. */
export interface RestakingCheckTask {
  input: NetworkInput;
  psi?: number;
  shock?: string[];
  /** Solver seconds for each exact search (`checkSecurity`'s budget). */
  timeLimitSeconds: number;
  meta: DocumentMeta;
}

/**
 * The heavy part of `restakingCheck`, on whatever thread calls it: the sufficient condition, the exact
 * check with γ*'s bracket from `restakingBounds` (exact search here, relaxation in its own worker), the
 * cascade, the stake metrics, as the `faultline.restaking-check/v1` document. Its input and output are
 * plain data, so a worker (`workers/restakingCheckWorker.ts`) or a server's pool can run it. A verdict the
 * budget could not prove is a usage error on `timeLimitSeconds`.
 */
export async function checkNetwork(task: RestakingCheckTask): Promise<RestakingCheckResult> {
  let a: Awaited<ReturnType<typeof restakingBounds>>;
  try {
    a = await restakingBounds(await loadSolver(), task.input, {
      ...(task.psi === undefined ? {} : { psi: task.psi }),
      ...(task.shock === undefined ? {} : { shock: task.shock }),
      timeLimitSeconds: task.timeLimitSeconds,
    });
  } catch (err) {
    if (err instanceof SolverTimeout)
      throw new UsageError(
        `the exact check did not finish within ${task.timeLimitSeconds} s: raise the time limit (at most ${MAX_TIME_LIMIT_SECONDS} s)`,
        { field: 'timeLimitSeconds' },
      );
    throw err;
  }
  return {
    schema: 'faultline.restaking-check/v1',
    ...task.meta,
    name: a.name,
    ...assessmentDocument(a),
    gammaBounds: a.gammaBounds,
    stake: a.stake,
    liquidity: a.liquidity,
    assumptions: a.assumptions,
    conversion: a.conversion,
    networkSources: task.input.format === 'eigenlayer' ? task.input.network.sources : [],
    reported: a.reported,
    graph: {
      validators: a.network.validators.map((v) => ({ id: v.id, stake: v.stake })),
      services: a.network.services.map((s) => ({
        id: s.id,
        alpha: s.alpha,
        profit: s.profit,
        validators: s.validators,
      })),
    },
  };
}

/** The most solver time a check may ask for, per exact search (s). */
export const MAX_TIME_LIMIT_SECONDS = 60;
