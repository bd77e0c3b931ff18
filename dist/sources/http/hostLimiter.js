// src/sources/http/hostLimiter.ts
var REAL_CLOCK = {
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
function createHostLimiter(limits, clock = REAL_CLOCK) {
  const { now, sleep } = clock;
  if (!(limits.concurrency >= 1) || !(limits.ratePerSecond > 0)) {
    throw new RangeError(`host limits must allow at least one request: ${JSON.stringify(limits)}`);
  }
  const spacingMs = 1e3 / limits.ratePerSecond;
  let inFlight = 0;
  let nextStart = 0;
  const queue = [];
  const acquire = async () => {
    if (inFlight >= limits.concurrency) await new Promise((resolve) => queue.push(resolve));
    else inFlight += 1;
    const at = Math.max(now(), nextStart);
    nextStart = at + spacingMs;
    const wait = at - now();
    if (wait > 0) await sleep(wait);
  };
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
    }
  };
}
function createHostLimits(limits) {
  const byHost = /* @__PURE__ */ new Map();
  return (url) => {
    let limiter = byHost.get(url.host);
    if (!limiter) {
      limiter = createHostLimiter(limits);
      byHost.set(url.host, limiter);
    }
    return limiter;
  };
}
export {
  createHostLimiter,
  createHostLimits
};
