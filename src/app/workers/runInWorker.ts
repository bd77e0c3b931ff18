import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loaderPrelude } from './workerBoot.ts';

/** A module running in a worker thread. */
export interface WorkerRun<R> {
  /** What the module's default export returned; rejects when it throws, or the worker exits or is stopped first. */
  result: Promise<R>;
  /** Stops the worker; its answer, if any, is discarded. */
  terminate(): Promise<void>;
}

/**
 * The worker module `name` next to `caller` (normally the caller's `import.meta.url`): `name.ts` when the
 * caller runs from TypeScript sources, `name.js` when it runs compiled, else whichever of the two exists.
 */
export function workerModule(caller: string | URL, name: string): URL {
  const own = String(caller).endsWith('.ts') ? ['.ts', '.js'] : ['.js', '.ts'];
  const candidates = own.map((ext) => new URL(`${name}${ext}`, caller));
  const found = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (!found) throw new Error(`no worker module ${candidates.map((u) => fileURLToPath(u)).join(' or ')}`);
  return found;
}

/**
 * Runs the default export of the worker module `name` (resolved by `workerModule`) on `input` in its own
 * thread, and hands back its answer. A thread does not inherit tsx's loader (not under `node --test`, not
 * through `execArgv`), so a TypeScript module is loaded after tsx is registered in the thread; compiled
 * JavaScript is imported as it is. The input and the answer cross the thread by structured clone.
 */
export function runInWorker<I, R>(caller: string | URL, name: string, input: I): WorkerRun<R> {
  const url = workerModule(caller, name);
  const boot = `const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  ${loaderPrelude(url)}
  const run = (await import(${JSON.stringify(url.href)})).default;
  parentPort.postMessage(await run(workerData));
})().catch((error) => process.nextTick(() => { throw error; }));`;
  const worker = new Worker(boot, { eval: true, workerData: input });
  let stopped = false;
  const result = new Promise<R>((resolve, reject) => {
    worker.once('message', (answer: R) => resolve(answer));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(stopped ? `worker ${name} was stopped` : `worker ${name} exited with code ${code}`)),
    );
  });
  // The answer may never be asked for (the worker is stopped): that is not an unhandled rejection.
  result.catch(() => {});
  return {
    result,
    async terminate() {
      stopped = true;
      await worker.terminate();
    },
  };
}
