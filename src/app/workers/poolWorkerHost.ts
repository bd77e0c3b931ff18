import { constants, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { describeError, type RemoteError } from './poolErrors.ts';

/** What the pool sends a thread: a task to answer, or a message for the module's `control` export. */
export type ToThread = { type: 'task'; id: number; input: unknown } | { type: 'control'; message: unknown };
/** What a thread answers: ready once its module is loaded, then one result per task. */
export type FromThread =
  | { type: 'ready' }
  | { type: 'done'; id: number; output: unknown }
  | { type: 'failed'; id: number; error: RemoteError };

/** A pool module: its default export answers a task; `control` (optional) takes broadcast messages. */
type PoolModule = {
  default: (input: unknown) => unknown;
  control?: (message: unknown) => unknown;
};

/**
 * Runs this thread (and the threads it starts) at a lower CPU priority than the server's event loop, so
 * on a busy machine a computation yields the CPU to the requests that wait on the loop. On Linux,
 * `setpriority(PRIO_PROCESS, 0)` applies to the calling thread only; where it cannot, nothing changes.
 */
function lowerPriority(): void {
  try {
    setPriority(0, constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // not permitted or not supported here: the thread keeps the process's priority
  }
}

/**
 * The loop of one pool thread (`createWorkerPool` boots it): loads the task module, says it is ready,
 * then answers each task with what the module's default export returns, or the error it throws,
 * described so it survives the crossing.
 */
export async function hostPoolModule(moduleUrl: string): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('hostPoolModule runs in a worker thread');
  lowerPriority();
  const module = (await import(moduleUrl)) as PoolModule;
  const post = (message: FromThread) => port.postMessage(message);
  port.on('message', (message: ToThread) => {
    if (message.type === 'control') {
      Promise.resolve()
        .then(() => module.control?.(message.message))
        .catch(() => undefined);
      return;
    }
    Promise.resolve()
      .then(() => module.default(message.input))
      .then(
        (output) => post({ type: 'done', id: message.id, output }),
        (error: unknown) => post({ type: 'failed', id: message.id, error: describeError(error) }),
      );
  });
  post({ type: 'ready' });
}
