import { Worker } from 'node:worker_threads';
import { createGuard, requestStop } from './nativeGuard.ts';
import {
  DeadlineExceededError,
  formatMs,
  PoolFullError,
  TaskCancelledError,
  WorkerTaskError,
} from './poolErrors.ts';
import type { FromThread, ToThread } from './poolWorkerHost.ts';
import { workerModule } from './runInWorker.ts';
import { loaderPrelude } from './workerBoot.ts';

export type WorkerPoolOptions = {
  /** The task module (see `workerModule`): its default export answers one task; `control` takes broadcasts. */
  module: URL;
  /** Threads at most, started when tasks need them. */
  size: number;
  /** Tasks that may wait for a thread; past that, `run` refuses with PoolFullError. */
  queue: number;
  /** Heap ceiling of each thread (MiB): a task that needs more fails; the process lives on. */
  heapMib?: number;
};

/** How one task may end early. */
export type TaskOptions = {
  /** Aborting it (the client went away) stops the task: TaskCancelledError. */
  signal?: AbortSignal;
  /**
   * Time the task may run on its thread (ms): past it, the thread is stopped (DeadlineExceededError).
   * It may wait as long for a thread: past that, it is dropped unstarted (PoolFullError).
   */
  deadlineMs?: number;
};

/** What the pool is doing: threads started and busy, tasks waiting, and counts since it started. */
export type PoolStats = {
  size: number;
  queueLimit: number;
  threads: number;
  /** Threads booted and taking tasks. */
  ready: number;
  busy: number;
  queued: number;
  done: number;
  failed: number;
  /** Tasks stopped by their deadline or their caller (their thread was terminated). */
  stopped: number;
  /** Tasks refused because every thread was busy and the queue full, or that waited too long for one. */
  refused: number;
};

/** A pool of threads answering tasks off the caller's event loop. */
export type WorkerPool<I, R> = {
  run(input: I, options?: TaskOptions): Promise<R>;
  /** The refusal `run` would give now (every thread busy, the queue full), or null: ask before costly input. */
  refusal(): PoolFullError | null;
  /** Starts every thread now (they start on demand otherwise), so no task waits for one to boot. */
  warm(): void;
  /** Sends a message to the `control` export of every started thread (e.g. "let go of this file"). */
  broadcast(message: unknown): void;
  stats(): PoolStats;
  /** Refuses what waits, stops every thread (never under a native call), and resolves when they are gone. */
  close(): Promise<void>;
};

type Job = {
  id: number;
  input: unknown;
  settled: boolean;
  slot: Slot | null;
  started: number;
  /** Called when the task starts on a thread (its running time begins). */
  onStart(): void;
  resolve(output: unknown): void;
  reject(error: Error): void;
  cleanup(): void;
};
type Slot = { worker: Worker; guard: SharedArrayBuffer; ready: boolean; job: Job | null };

const HOST = workerModule(import.meta.url, './poolWorkerHost');
/** How often a stop asked under a native call looks again (ms). */
const STOP_POLL_MS = 5;

/**
 * Starts a pool of at most `size` threads running `module`, with a bounded queue, a deadline per task,
 * and cancellation: a task running past its deadline or whose signal aborts is stopped by terminating its
 * thread (as soon as no native call is in flight there, see `nativeGuard.ts`) and a fresh thread takes
 * its place. The deadline counts from the task's start on a thread (a thread's boot is not charged to
 * it); a task may wait as long for one. A full pool refuses at once (PoolFullError, with a fair wait)
 * instead of queueing without bound.
 * @example const pool = createWorkerPool({ module: workerModule(import.meta.url, './questionWorker'), size: 2, queue: 8 });
 */
export function createWorkerPool<I, R>(options: WorkerPoolOptions): WorkerPool<I, R> {
  const slots: Slot[] = [];
  const waiting: Job[] = [];
  const stopping: Promise<void>[] = [];
  const counts = { done: 0, failed: 0, stopped: 0, refused: 0 };
  let nextId = 1;
  let closed = false;
  /** Set by `warm`: a thread stopped or lost is replaced at once, not when the next task comes. */
  let keepWarm = false;
  /** Mean task duration (ms), recent tasks weighing most: the basis of Retry-After. */
  let meanMs = 1000;

  const boot = `const { workerData } = require('node:worker_threads');
(async () => {
  ${loaderPrelude(HOST)}
  await (await import(${JSON.stringify(HOST.href)})).hostPoolModule(${JSON.stringify(options.module.href)});
})().catch((error) => process.nextTick(() => { throw error; }));`;

  const running = () => slots.filter((s) => s.job !== null).length;
  /** A fair wait before retrying (s): the queue ahead at the recent pace, 1 to 60. */
  const retryAfter = () =>
    Math.min(60, Math.max(1, Math.ceil(((waiting.length + 1) * meanMs) / options.size / 1000)));
  const refusal = (): PoolFullError | null =>
    running() + waiting.length >= options.size + options.queue
      ? new PoolFullError(
          `the server is computing as much as it takes: ${options.size} running and ${options.queue} waiting at most`,
          retryAfter(),
        )
      : null;

  const finish = (job: Job, error: Error | null, output?: unknown) => {
    if (job.settled) return;
    job.settled = true;
    job.cleanup();
    if (error) job.reject(error);
    else job.resolve(output);
  };

  const replenish = () => {
    while (keepWarm && !closed && slots.length < options.size) spawn();
  };

  const stop = (slot: Slot) => {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    slot.job = null;
    replenish();
    const done = new Promise<void>((resolve) => {
      const attempt = () => {
        if (!requestStop(slot.guard)) return void setTimeout(attempt, STOP_POLL_MS).unref();
        slot.worker.terminate().then(
          () => resolve(),
          () => resolve(),
        );
      };
      attempt();
    });
    stopping.push(done);
  };

  const spawn = () => {
    const guard = createGuard();
    const worker = new Worker(boot, {
      eval: true,
      workerData: { guard },
      ...(options.heapMib ? { resourceLimits: { maxOldGenerationSizeMb: options.heapMib } } : {}),
    });
    worker.unref();
    let failure: Error | null = null;
    const slot: Slot = { worker, guard, ready: false, job: null };
    worker.on('message', (message: FromThread) => {
      if (message.type === 'ready') slot.ready = true;
      else {
        const job = slot.job;
        slot.job = null;
        if (job && job.id === message.id) {
          meanMs = 0.8 * meanMs + 0.2 * (performance.now() - job.started);
          if (message.type === 'done') {
            counts.done += 1;
            finish(job, null, message.output);
          } else {
            counts.failed += 1;
            finish(job, new WorkerTaskError(message.error));
          }
        }
      }
      dispatch();
    });
    worker.on('error', (error) => {
      failure = error;
    });
    worker.once('exit', (code) => {
      const at = slots.indexOf(slot);
      if (at >= 0) slots.splice(at, 1);
      const job = slot.job;
      slot.job = null;
      if (job) {
        counts.failed += 1;
        const why = failure ? failure.message : `exit code ${code}`;
        finish(
          job,
          new WorkerTaskError({
            name: (failure as (Error & { code?: string }) | null)?.code ?? 'WorkerExited',
            message: `the computation's thread stopped: ${why}`,
            fields: {},
          }),
        );
      }
      replenish();
      dispatch();
    });
    slots.push(slot);
  };

  const dispatch = () => {
    while (waiting.length > 0 && !closed) {
      const idle = slots.find((s) => s.ready && s.job === null);
      if (!idle) {
        if (slots.length < options.size) spawn();
        return;
      }
      const job = waiting.shift() as Job;
      job.slot = idle;
      job.started = performance.now();
      job.onStart();
      idle.job = job;
      idle.worker.postMessage({ type: 'task', id: job.id, input: job.input } satisfies ToThread);
    }
  };

  return {
    refusal,
    warm() {
      keepWarm = true;
      replenish();
    },
    run(input, { signal, deadlineMs } = {}) {
      if (closed) return Promise.reject(new TaskCancelledError('the pool is closed'));
      if (signal?.aborted) return Promise.reject(new TaskCancelledError('the caller went away'));
      const refused = refusal();
      if (refused) {
        counts.refused += 1;
        return Promise.reject(refused);
      }
      return new Promise<R>((resolve, reject) => {
        let timer: ReturnType<typeof setTimeout> | null = null;
        const job: Job = {
          id: nextId++,
          input,
          settled: false,
          slot: null,
          started: performance.now(),
          onStart: () => undefined,
          resolve: resolve as (output: unknown) => void,
          reject,
          cleanup: () => undefined,
        };
        const end = (error: Error, count: 'stopped' | 'refused') => {
          if (job.settled) return;
          counts[count] += 1;
          const at = waiting.indexOf(job);
          if (at >= 0) waiting.splice(at, 1);
          if (job.slot && job.slot.job === job) stop(job.slot);
          finish(job, error);
          dispatch();
        };
        if (deadlineMs !== undefined) {
          timer = setTimeout(
            () =>
              end(
                new PoolFullError(`waited ${formatMs(deadlineMs)} for a computation thread`, retryAfter()),
                'refused',
              ),
            deadlineMs,
          );
          job.onStart = () => {
            if (timer) clearTimeout(timer);
            timer = setTimeout(() => end(new DeadlineExceededError(deadlineMs), 'stopped'), deadlineMs);
          };
        }
        const onAbort = () => end(new TaskCancelledError('the caller went away'), 'stopped');
        signal?.addEventListener('abort', onAbort, { once: true });
        job.cleanup = () => {
          if (timer) clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        };
        waiting.push(job);
        dispatch();
      });
    },
    broadcast(message) {
      for (const slot of slots)
        if (slot.ready) slot.worker.postMessage({ type: 'control', message } satisfies ToThread);
    },
    stats: () => ({
      size: options.size,
      queueLimit: options.queue,
      threads: slots.length,
      ready: slots.filter((s) => s.ready).length,
      busy: running(),
      queued: waiting.length,
      ...counts,
    }),
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) finish(job, new TaskCancelledError('the server is closing'));
      for (const slot of [...slots]) {
        if (slot.job) finish(slot.job, new TaskCancelledError('the server is closing'));
        stop(slot);
      }
      await Promise.all(stopping);
    },
  };
}
