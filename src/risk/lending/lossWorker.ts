import { parentPort, workerData } from 'node:worker_threads';
import type { CompiledBook } from './compiledBook.ts';
import { type LossSamples, lossesOnPaths } from './lossDistribution.ts';
import type { LossTask } from './parallelLosses.ts';

/** Worker-thread entry: computes its range of paths over the shared book and writes into the shared output. */
const task = workerData as LossTask;
const book: CompiledBook = {
  assets: [],
  accountIds: [],
  start: task.start,
  asset: task.asset,
  weighted: task.weighted,
  collateral: task.collateral,
  debt: task.debt,
  bonus: task.bonus,
};
const out: LossSamples = {
  insolvency: task.insolvency,
  liquidatableDebt: task.liquidatableDebt,
  liquidated: task.liquidated,
};
lossesOnPaths(book, task.multipliers, task.columns, task.modelAssets, task.version, task.from, task.to, out);
parentPort?.postMessage('done');
