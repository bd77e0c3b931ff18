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
 * The loop of one pool thread (`createWorkerPool` boots it): loads the task module, says it is ready,
 * then answers each task with what the module's default export returns, or the error it throws,
 * described so it survives the crossing.
 */
export async function hostPoolModule(moduleUrl: string): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('hostPoolModule runs in a worker thread');
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
