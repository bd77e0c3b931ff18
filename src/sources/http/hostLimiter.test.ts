import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHostLimiter, createHostLimits } from './hostLimiter.ts';

describe(createHostLimiter.name, () => {
  it('never lets more than `concurrency` requests run at once, and serves waiters in order', async () => {
    const limit = createHostLimiter({ concurrency: 2, ratePerSecond: 10_000 });
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        limit.run(async () => {
          running += 1;
          most = Math.max(most, running);
          await new Promise((r) => setTimeout(r, 5));
          order.push(i);
          running -= 1;
        }),
      ),
    );
    assert.equal(most, 2);
    assert.deepEqual(order, [0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('spaces request starts 1 / rate apart', async () => {
    let clock = 1000;
    const limit = createHostLimiter(
      { concurrency: 10, ratePerSecond: 4 },
      {
        now: () => clock,
        sleep: async (ms) => {
          clock += ms;
        },
      },
    );
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) await limit.run(async () => starts.push(clock));
    assert.deepEqual(starts, [1000, 1250, 1500]);
  });

  it('frees the slot when the work throws', async () => {
    const limit = createHostLimiter({ concurrency: 1, ratePerSecond: 10_000 });
    await assert.rejects(
      limit.run(async () => Promise.reject(new Error('boom'))),
      /boom/,
    );
    assert.equal(await limit.run(async () => 'next'), 'next');
  });

  it('refuses limits that allow nothing', () => {
    assert.throws(() => createHostLimiter({ concurrency: 0, ratePerSecond: 1 }), RangeError);
  });
});

describe(createHostLimits.name, () => {
  it('shares one limiter per host and port', () => {
    const limits = createHostLimits({ concurrency: 1, ratePerSecond: 1 });
    assert.equal(limits(new URL('http://127.0.0.1:80/a')), limits(new URL('http://127.0.0.1:80/b')));
    assert.notEqual(limits(new URL('http://127.0.0.1:80/a')), limits(new URL('http://127.0.0.1:81/a')));
  });
});
