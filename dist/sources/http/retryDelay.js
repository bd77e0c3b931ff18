// src/sources/http/retryDelay.ts
function retryDelayMs(attempt, backoff, random, retryAfterMs) {
  const cap = Math.min(backoff.maxMs, backoff.baseMs * 2 ** attempt);
  const jittered = Math.round(random() * cap);
  return retryAfterMs === null ? jittered : Math.max(retryAfterMs, jittered);
}
function parseRetryAfter(header, now) {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
export {
  parseRetryAfter,
  retryDelayMs
};
