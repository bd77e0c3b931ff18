import { FaultlineError } from '../../core/errors.ts';

/** Every thread is busy and the queue is full: the caller should retry after `retryAfterSeconds`. */
export class PoolFullError extends FaultlineError {
  override name = 'PoolFullError';
  override readonly code: string = 'POOL_FULL';
  /** A fair wait before retrying (s): the time the queue ahead takes at the recent pace. */
  readonly retryAfterSeconds: number;
  constructor(shortMessage: string, retryAfterSeconds: number) {
    super(shortMessage);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A task ran past its deadline (waiting included) and was stopped. */
export class DeadlineExceededError extends FaultlineError {
  override name = 'DeadlineExceededError';
  override readonly code: string = 'DEADLINE_EXCEEDED';
  /** The limit it ran past (ms). */
  readonly limitMs: number;
  constructor(limitMs: number) {
    super(`the computation took longer than the ${formatMs(limitMs)} limit per request and was stopped`);
    this.limitMs = limitMs;
  }
}

/** The caller gave up on a task (its signal aborted: the client went away); the task was stopped. */
export class TaskCancelledError extends FaultlineError {
  override name = 'TaskCancelledError';
  override readonly code: string = 'TASK_CANCELLED';
}

/**
 * A task failed in its thread: the error it threw there, described (`name`, `message`, its own
 * cloneable fields such as `code`, `details`, `errors`), or the thread died under it (out of memory).
 */
export class WorkerTaskError extends Error {
  override name = 'WorkerTaskError';
  /** The thrown error's class name in the thread (`UsageError`, `TypeError`, ...). */
  readonly remoteName: string;
  /** The thrown error's own fields that crossed the thread. */
  readonly fields: Record<string, unknown>;
  constructor(remote: RemoteError) {
    super(remote.message);
    this.remoteName = remote.name;
    this.fields = remote.fields;
    if (remote.stack) this.stack = remote.stack;
  }
}

/** An error as it crosses a thread: structured clone keeps no class, so its name and fields travel. */
export type RemoteError = { name: string; message: string; stack?: string; fields: Record<string, unknown> };

/** Describes an error thrown in a thread so the caller's side can tell what it was. */
export function describeError(error: unknown): RemoteError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    try {
      fields[key] = structuredClone(value);
    } catch {
      // a field that cannot cross a thread (a function, a socket) stays behind
    }
  }
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}), fields };
}

/** A duration for a message: `30 s`, `250 ms`. */
export function formatMs(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0
    ? `${ms / 1000} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(1)} s`
      : `${ms} ms`;
}
