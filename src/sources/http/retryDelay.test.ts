import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRetryAfter, retryDelayMs } from './retryDelay.ts';

describe(retryDelayMs.name, () => {
  const backoff = { baseMs: 500, maxMs: 30_000 };
  it('draws below a cap that doubles each retry and stops at the maximum', () => {
    assert.deepEqual(
      [0, 1, 2, 3].map((n) => retryDelayMs(n, backoff, () => 0.999_999, null)),
      [500, 1000, 2000, 4000],
    );
    assert.equal(
      retryDelayMs(20, backoff, () => 0.999_999, null),
      30_000,
    );
    assert.equal(
      retryDelayMs(3, backoff, () => 0, null),
      0,
    );
  });
  it("never retries sooner than the server's Retry-After", () => {
    assert.equal(
      retryDelayMs(0, backoff, () => 0.5, 3000),
      3000,
    );
    assert.equal(
      retryDelayMs(6, backoff, () => 0.5, 3000),
      15_000,
    );
  });
});

describe(parseRetryAfter.name, () => {
  it('reads delay-seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('7', 0), 7000);
    const now = Date.parse('2025-12-20T00:00:00Z');
    assert.equal(parseRetryAfter('Sat, 20 Dec 2025 00:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Fri, 19 Dec 2025 00:00:00 GMT', now), 0);
  });
  it('gives null when absent or unreadable', () => {
    assert.equal(parseRetryAfter(null, 0), null);
    assert.equal(parseRetryAfter('soon', 0), null);
  });
});
