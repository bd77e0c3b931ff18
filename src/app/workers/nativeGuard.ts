import { workerData } from 'node:worker_threads';
import { TaskCancelledError } from './poolErrors.ts';

/** Cells of a thread's guard (an Int32Array over a SharedArrayBuffer both sides hold). */
const IN_NATIVE = 0;
const STOP = 1;

/** A new guard for one pool thread: no native call in flight, no stop asked. */
export function createGuard(): SharedArrayBuffer {
  return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
}

/**
 * Asks the thread holding `guard` to stop and says whether it may be terminated now: true when no
 * native call is in flight. From then on the thread starts no native call (each would throw
 * TaskCancelledError), so once this is true it stays true. Terminating a thread while a DuckDB call
 * is in flight aborts the whole process (the call completes into a torn-down thread), hence the guard.
 */
export function requestStop(guard: SharedArrayBuffer): boolean {
  const cells = new Int32Array(guard);
  Atomics.store(cells, STOP, 1);
  return Atomics.load(cells, IN_NATIVE) === 0;
}

/** The guard of the pool thread this code runs on, or null (the main thread, or a thread outside a pool). */
function ownGuard(): Int32Array | null {
  const shared = (workerData as { guard?: unknown } | null)?.guard;
  return shared instanceof SharedArrayBuffer ? new Int32Array(shared) : null;
}
const cells = ownGuard();

/** Counts a native call as in flight; refused (TaskCancelledError) once a stop was asked. */
function enter(guard: Int32Array): void {
  Atomics.add(guard, IN_NATIVE, 1);
  if (Atomics.load(guard, STOP) === 1) {
    Atomics.sub(guard, IN_NATIVE, 1);
    throw new TaskCancelledError('the task was stopped');
  }
}

/** Ends a native call; after a stop was asked, the task unwinds instead of going on. */
function leave(guard: Int32Array): void {
  Atomics.sub(guard, IN_NATIVE, 1);
  if (Atomics.load(guard, STOP) === 1) throw new TaskCancelledError('the task was stopped');
}

/**
 * Runs `call` (an asynchronous native call, such as opening a DuckDB file) counted as in flight, so the
 * pool never terminates this thread under it. Outside a pool thread it simply runs `call`.
 */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  if (!cells) return call();
  enter(cells);
  let result: T;
  try {
    result = await call();
  } catch (error) {
    leave(cells);
    throw error;
  }
  leave(cells);
  return result;
}

/**
 * `target` with every method call counted as a native call while it runs (until its promise settles,
 * for a method that returns one): a store, whose every read is a DuckDB call. Fields pass through.
 */
export function guardNative<T extends object>(target: T): T {
  const guard = cells;
  if (!guard) return target;
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        enter(guard);
        let result: unknown;
        try {
          result = value.apply(object, args);
        } catch (error) {
          leave(guard);
          throw error;
        }
        if (!(result instanceof Promise)) {
          leave(guard);
          return result;
        }
        return result.then(
          (v) => {
            leave(guard);
            return v;
          },
          (error) => {
            leave(guard);
            throw error;
          },
        );
      };
    },
  });
}
