import { availableParallelism } from 'node:os';
import { MEMO_BYTES } from '../app/memo.ts';
import { CACHE_BYTES } from './responseCache.ts';

/** The server's limits: how much one client, and everyone together, may ask of it. */
export type ServerLimits = {
  /** Computations per minute per client, every computing route counted together. */
  computeRateLimit: number;
  /** Threads computing the heavy questions off the event loop. */
  workers: number;
  /** Heavy requests that may wait for a thread; past that, 503 with Retry-After. */
  queue: number;
  /** Time a heavy request may run on its thread (ms; past it, 504), and may wait for one (then 503). */
  deadlineMs: number;
  /** Heap ceiling of each computation thread (MiB). */
  workerHeapMib: number;
  /** Bytes of GET responses the response cache keeps. */
  responseCacheBytes: number;
  /** Bytes of shared answers each app keeps (the server's, and each thread's). */
  memoBytes: number;
  /** Failed admin authentications per client in 15 minutes before further attempts are refused. */
  adminFailures: number;
  /** Start the computation threads with the server (else on the first computation). */
  warmWorkers: boolean;
};

/** The defaults `faultline serve` starts with (flags change the first five). */
export const DEFAULT_LIMITS: ServerLimits = {
  computeRateLimit: 30,
  workers: Math.max(1, Math.min(4, availableParallelism() - 1)),
  queue: 8,
  deadlineMs: 30_000,
  workerHeapMib: 1024,
  responseCacheBytes: CACHE_BYTES,
  memoBytes: MEMO_BYTES,
  adminFailures: 5,
  warmWorkers: true,
};
