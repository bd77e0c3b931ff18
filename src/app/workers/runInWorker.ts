import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loaderPrelude } from './workerBoot.ts';
import { rebuildError, type SentError } from './workerError.ts';

/** A module running in a worker thread. */
export interface WorkerRun<R> {
  /** What the module's default export returned; rejects when it throws, or the worker exits or is stopped first. */
  result: Promise<R>;
  /** Stops the worker; its answer, if any, is discarded. */
  terminate(): Promise<void>;
}

/** When to give up on a worker: a deadline (with the error to reject with), or a caller's abort. */
export interface WorkerLimits {
  /** Milliseconds from the start; past them the worker is stopped and `result` rejects with `error()`. */
  deadline?: { ms: number; error: () => Error };
  /** Aborting stops the worker (a client that went away); `result` rejects with the signal's reason. */
  signal?: AbortSignal;
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
 * JavaScript is imported as it is. The input and the answer cross the thread by structured clone; an error
 * the module throws comes back as the same Faultline error class with its details (`workerError.ts`), so a
 * bad input is still a usage or validation error on this side. `limits` stop the worker at a deadline or
 * on an abort.
 */
export function runInWorker<I, R>(
  caller: string | URL,
  name: string,
  input: I,
  limits: WorkerLimits = {},
): WorkerRun<R> {
  const url = workerModule(caller, name);
  const sendError = `(error) => ({ error: { name: error?.name, message: String(error?.message ?? error), shortMessage: error?.shortMessage, details: error?.details } })`;
  const boot = `const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  ${loaderPrelude(url)}
  const run = (await import(${JSON.stringify(url.href)})).default;
  let answer;
  try { answer = { value: await run(workerData) }; } catch (error) { answer = (${sendError})(error); }
  parentPort.postMessage(answer);
})().catch((error) => process.nextTick(() => { throw error; }));`;
  const worker = new Worker(boot, { eval: true, workerData: input });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    stopped = true;
    return worker.terminate();
  };
  const result = new Promise<R>((resolve, reject) => {
    worker.once('message', (answer: { value: R } | { error: SentError }) =>
      'error' in answer ? reject(rebuildError(answer.error)) : resolve(answer.value),
    );
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(stopped ? `worker ${name} was stopped` : `worker ${name} exited with code ${code}`)),
    );
    if (limits.deadline) {
      const { ms, error } = limits.deadline;
      timer = setTimeout(() => {
        reject(error());
        void stop();
      }, ms);
    }
    if (limits.signal) {
      const signal = limits.signal;
      const abort = () => {
        reject(signal.reason instanceof Error ? signal.reason : new Error(`worker ${name} was aborted`));
        void stop();
      };
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort, { once: true });
    }
  });
  // The answer may never be asked for (the worker is stopped): that is not an unhandled rejection.
  result.catch(() => {}).finally(() => clearTimeout(timer));
  return {
    result,
    async terminate() {
      await stop();
    },
  };
}
