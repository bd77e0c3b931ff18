import { Worker } from 'node:worker_threads';
import type { AaveVersion } from '../../model/lending.ts';
import type { CompiledBook } from './compiledBook.ts';
import { type LossSamples, lossesOnPaths } from './lossDistribution.ts';

/** What one worker thread is handed: shared views of the book, the paths and the output. */
export type LossTask = Omit<CompiledBook, 'assets' | 'accountIds'> & {
  multipliers: Float64Array;
  columns: Int32Array;
  modelAssets: number;
  version: AaveVersion;
  from: number;
  to: number;
} & LossSamples;

/**
 * The worker's entry. From TypeScript sources a thread does not inherit tsx's loader (not under
 * `node --test`, not through `execArgv`), so a two-line bootstrap registers it in the thread first;
 * compiled JavaScript is imported as it is.
 */
const WORKER_BOOT = import.meta.url.endsWith('.ts')
  ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./lossWorker.ts', import.meta.url).href)}); })`
  : `import(${JSON.stringify(new URL('./lossWorker.js', import.meta.url).href)})`;

function shared<T extends Float64Array | Uint32Array | Uint16Array | Int32Array>(a: T): T {
  const Ctor = a.constructor as new (b: SharedArrayBuffer) => T;
  const copy = new Ctor(new SharedArrayBuffer(a.byteLength));
  copy.set(a as never);
  return copy;
}

/**
 * Path losses computed by `workers` threads over one shared copy of the book (each thread takes a
 * contiguous block of paths); with 1 worker it runs inline. Results do not depend on the thread count.
 */
export async function parallelLosses(
  book: CompiledBook,
  multipliers: Float64Array,
  columns: Int32Array,
  modelAssets: number,
  version: AaveVersion,
  workers: number,
): Promise<LossSamples> {
  const paths = multipliers.length / modelAssets;
  if (workers <= 1) {
    const out = {
      insolvency: new Float64Array(paths),
      liquidatableDebt: new Float64Array(paths),
      liquidated: new Float64Array(paths),
    };
    lossesOnPaths(book, multipliers, columns, modelAssets, version, 0, paths, out);
    return out;
  }
  const out = {
    insolvency: new Float64Array(new SharedArrayBuffer(paths * 8)),
    liquidatableDebt: new Float64Array(new SharedArrayBuffer(paths * 8)),
    liquidated: new Float64Array(new SharedArrayBuffer(paths * 8)),
  };
  const base = {
    start: shared(book.start),
    asset: shared(book.asset),
    weighted: shared(book.weighted),
    collateral: shared(book.collateral),
    debt: shared(book.debt),
    bonus: shared(book.bonus),
    multipliers: shared(multipliers),
    columns: shared(columns),
    modelAssets,
    version,
    ...out,
  };
  const block = Math.ceil(paths / workers);
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const task: LossTask = { ...base, from: w * block, to: Math.min(paths, (w + 1) * block) };
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(WORKER_BOOT, { eval: true, workerData: task });
        worker.once('message', () => resolve());
        worker.once('error', reject);
        worker.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`loss worker exited with code ${code}`)),
        );
      });
    }),
  );
  return out;
}
