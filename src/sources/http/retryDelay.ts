/** Exponential backoff: the first retry waits about `baseMs`, each later one doubles, never over `maxMs`. */
export type Backoff = { baseMs: number; maxMs: number };

/**
 * How long to wait before retry number `attempt` (0 = the first retry), in milliseconds: "full jitter"
 * (a uniform draw below the exponential cap, so clients that failed together do not retry together),
 * and never sooner than the server's `Retry-After` when it sent one.
 * @example retryDelayMs(2, { baseMs: 500, maxMs: 30_000 }, () => 0.5, null) === 1000
 */
export function retryDelayMs(
  attempt: number,
  backoff: Backoff,
  random: () => number,
  retryAfterMs: number | null,
): number {
  const cap = Math.min(backoff.maxMs, backoff.baseMs * 2 ** attempt);
  const jittered = Math.round(random() * cap);
  return retryAfterMs === null ? jittered : Math.max(retryAfterMs, jittered);
}

/**
 * A `Retry-After` header in milliseconds from `now`: either delay-seconds or an HTTP date (RFC 9110
 * §10.2.3). Null when absent or unreadable; a date in the past is 0.
 * @example parseRetryAfter('3', 0) === 3000
 */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
