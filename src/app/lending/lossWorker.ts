import type { CompiledBook } from '../../risk/lending/compiledBook.ts';
import { type LossJob, type LossSamples, lossesOnPaths } from '../../risk/lending/lossDistribution.ts';

/** What one loss thread is handed: the job on shared memory, its block of paths, and the shared output. */
export type LossTask = Omit<LossJob, 'book'> & {
  book: Omit<CompiledBook, 'assets' | 'accountIds'>;
  from: number;
  to: number;
  out: LossSamples;
};

/**
 * Worker entry (`runInWorker`): values paths [from, to) of the shared job and writes each path's losses
 * into the shared output at its index; returns how many paths it valued.
 */
export default function lossWorker(task: LossTask): number {
  const book: CompiledBook = { ...task.book, assets: [], accountIds: [] };
  lossesOnPaths(
    book,
    task.multipliers,
    task.columns,
    task.modelAssets,
    task.version,
    task.from,
    task.to,
    task.out,
  );
  return task.to - task.from;
}
