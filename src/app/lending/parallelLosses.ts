import { inlineLosses, type LossRunner, type LossSamples } from '../../risk/lending/lossDistribution.ts';
import { runInWorker } from '../workers/runInWorker.ts';
import type { LossTask } from './lossWorker.ts';

/** The most loss threads a run may ask for. */
export const MAX_LOSS_WORKERS = 16;

function shared<T extends Float64Array | Uint32Array | Uint16Array | Int32Array>(a: T): T {
  const Ctor = a.constructor as new (b: SharedArrayBuffer) => T;
  const copy = new Ctor(new SharedArrayBuffer(a.byteLength));
  copy.set(a as never);
  return copy;
}

/**
 * A loss runner that spreads the paths over `workers` threads (`lossWorker`, started with `runInWorker`
 * from sources or from the compiled CLI): one shared copy of the book and the paths, each thread a
 * contiguous block of paths writing into shared output. With one worker it runs inline. The losses do
 * not depend on the thread count.
 * @example valueAtRisk(book, model, { paths: 10_000, seed: 1, version: '3.3' }, parallelLosses(2))
 */
export function parallelLosses(workers: number): LossRunner {
  if (workers <= 1) return inlineLosses;
  return async (job) => {
    const paths = job.multipliers.length / job.modelAssets;
    const out: LossSamples = {
      insolvency: new Float64Array(new SharedArrayBuffer(paths * 8)),
      liquidatableDebt: new Float64Array(new SharedArrayBuffer(paths * 8)),
      liquidated: new Float64Array(new SharedArrayBuffer(paths * 8)),
    };
    const { start, asset, weighted, collateral, debt, bonus } = job.book;
    const base = {
      book: {
        start: shared(start),
        asset: shared(asset),
        weighted: shared(weighted),
        collateral: shared(collateral),
        debt: shared(debt),
        bonus: shared(bonus),
      },
      multipliers: shared(job.multipliers),
      columns: shared(job.columns),
      modelAssets: job.modelAssets,
      version: job.version,
      out,
    };
    const threads = Math.min(workers, MAX_LOSS_WORKERS, Math.max(1, paths));
    const block = Math.ceil(paths / threads);
    const runs = Array.from({ length: threads }, (_, w) =>
      runInWorker<LossTask, number>(import.meta.url, './lossWorker', {
        ...base,
        from: w * block,
        to: Math.min(paths, (w + 1) * block),
      }),
    );
    try {
      await Promise.all(runs.map((r) => r.result));
    } catch (err) {
      await Promise.all(runs.map((r) => r.terminate()));
      throw err;
    }
    return out;
  };
}
