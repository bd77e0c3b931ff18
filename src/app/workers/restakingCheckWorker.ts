import { checkNetwork, type RestakingCheckTask } from '../restaking/checkNetwork.ts';
import type { RestakingCheckResult } from '../restakingCheck.ts';

/** Worker entry (`runInWorker`): a restaking check off the caller's thread. */
export default function restakingCheckWorker(task: RestakingCheckTask): Promise<RestakingCheckResult> {
  return checkNetwork(task);
}
