/** How hard one host may be hit: requests in flight at once, and request starts per second. */
export type HostLimits = { concurrency: number; ratePerSecond: number };

/** Time as a limiter sees it: the current time (ms) and a way to wait. */
export type Clock = { now(): number; sleep(ms: number): Promise<void> };

const REAL_CLOCK: Clock = {
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Runs work for one host within its limits. */
export type HostLimiter = { run<T>(work: () => Promise<T>): Promise<T> };

/**
 * A limiter for one host: at most `concurrency` requests in flight, and request starts spaced at least
 * `1000 / ratePerSecond` ms apart. Waiters are served in arrival order.
 * @example const limit = createHostLimiter({ concurrency: 4, ratePerSecond: 10 }); await limit.run(() => fetch(url));
 */
export function createHostLimiter(limits: HostLimits, clock: Clock = REAL_CLOCK): HostLimiter {
  const { now, sleep } = clock;
  if (!(limits.concurrency >= 1) || !(limits.ratePerSecond > 0)) {
    throw new RangeError(`host limits must allow at least one request: ${JSON.stringify(limits)}`);
  }
  const spacingMs = 1000 / limits.ratePerSecond;
  let inFlight = 0;
  let nextStart = 0;
  const queue: (() => void)[] = [];

  const acquire = async (): Promise<void> => {
    if (inFlight >= limits.concurrency) await new Promise<void>((resolve) => queue.push(resolve));
    else inFlight += 1;
    const at = Math.max(now(), nextStart);
    nextStart = at + spacingMs;
    const wait = at - now();
    if (wait > 0) await sleep(wait);
  };
  /** A finished request hands its slot straight to the next waiter, so no newcomer can jump the queue. */
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else inFlight -= 1;
  };

  return {
    async run(work) {
      await acquire();
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}

/** One limiter per host (`host:port`), created on first use, shared by every client of that host. */
export function createHostLimits(limits: HostLimits): (url: URL) => HostLimiter {
  const byHost = new Map<string, HostLimiter>();
  return (url) => {
    let limiter = byHost.get(url.host);
    if (!limiter) {
      limiter = createHostLimiter(limits);
      byHost.set(url.host, limiter);
    }
    return limiter;
  };
}
