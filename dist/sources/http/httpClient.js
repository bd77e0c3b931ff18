// src/sources/http/httpClient.ts
import { FaultlineError, SourceError, ValidationError } from "../../core/errors.js";
import { issueText } from "../zodIssue.js";
import { HttpStatusError } from "./httpStatusError.js";
import { readCapped } from "./readCapped.js";
import { parseRetryAfter, retryDelayMs } from "./retryDelay.js";
var DEFAULT_HTTP = {
  timeoutMs: 3e4,
  retries: 4,
  backoff: { baseMs: 500, maxMs: 3e4 },
  maxRetryAfterMs: 12e4,
  maxBytes: 100 * 2 ** 20
};
function createHttpClient(options) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_HTTP.timeoutMs;
  const retries = options.retries ?? DEFAULT_HTTP.retries;
  const backoff = options.backoff ?? DEFAULT_HTTP.backoff;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_HTTP.maxRetryAfterMs;
  const maxBytes = options.maxBytes ?? DEFAULT_HTTP.maxBytes;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  async function attempt(url, validators) {
    const headers = { accept: "application/json" };
    if (validators?.etag) headers["if-none-match"] = validators.etag;
    if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(url, { headers, signal });
      const got = {
        etag: response.headers.get("etag"),
        lastModified: response.headers.get("last-modified")
      };
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: "not-modified", validators: validators ?? got };
      }
      if (!response.ok) {
        await response.body?.cancel();
        const error = new HttpStatusError(
          response.status,
          `${options.name} answered HTTP ${response.status}`,
          {
            source: url.href
          }
        );
        return { status: "error", error, retryAfter: response.headers.get("retry-after") };
      }
      const body = await readCapped(response, maxBytes, url.href);
      return { status: "ok", body, validators: got };
    } catch (err) {
      if (err instanceof FaultlineError) throw err;
      return { status: "error", error: transportError(err, url.href, timeoutMs), retryAfter: null };
    }
  }
  return {
    async getJson(path, schema, { query, validators } = {}) {
      const url = new URL(
        path.replace(/^\//, ""),
        options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/`
      );
      for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, String(v));
      const limiter = options.limiter(url);
      for (let n = 0; ; n++) {
        const result = await limiter.run(() => attempt(url, validators));
        let error;
        let retryAfterMs = null;
        if (result.status === "not-modified")
          return { status: "not-modified", url: url.href, validators: result.validators };
        if (result.status === "ok") {
          const parsed = parseJson(result.body, url.href);
          if (!(parsed instanceof SourceError)) {
            const checked = schema.safeParse(parsed);
            if (!checked.success) {
              const [first, ...rest] = checked.error.issues;
              const more = rest.length > 0 ? ` (and ${rest.length} more)` : "";
              throw new ValidationError(`${first ? issueText(first) : "invalid response"}${more}`, {
                source: url.href
              });
            }
            return {
              status: "ok",
              url: url.href,
              data: checked.data,
              validators: result.validators,
              bytes: result.body.byteLength
            };
          }
          error = parsed;
        } else {
          error = result.error;
          retryAfterMs = parseRetryAfter(result.retryAfter, Date.now());
        }
        if (!error.retryable || n >= retries) throw error;
        if (retryAfterMs !== null && retryAfterMs > maxRetryAfterMs) {
          throw new SourceError(
            `${options.name} asks to wait ${Math.ceil(retryAfterMs / 1e3)} s (Retry-After), more than the ${maxRetryAfterMs / 1e3} s this run waits; retry later`,
            { source: url.href, retryable: true },
            { cause: error }
          );
        }
        const delayMs = retryDelayMs(n, backoff, random, retryAfterMs);
        options.onRetry?.({ url: url.href, attempt: n + 1, delayMs, error });
        await sleep(delayMs);
      }
    }
  };
}
function parseJson(body, url) {
  const text = new TextDecoder().decode(body);
  try {
    return JSON.parse(text);
  } catch (err) {
    const detail = err.message.replace(/^.*?(Unexpected|Expected|Unterminated)/, "$1");
    return new SourceError(`malformed JSON (${body.byteLength} bytes; truncated?): ${detail}`, {
      source: url,
      retryable: true
    });
  }
}
function transportError(err, url, timeoutMs) {
  const e = err;
  if (e.name === "TimeoutError" || e.name === "AbortError") {
    return new SourceError(
      `timed out after ${timeoutMs} ms`,
      { source: url, retryable: true },
      { cause: err }
    );
  }
  const why = e.cause?.code ?? e.cause?.message ?? e.message;
  return new SourceError(`network error: ${why}`, { source: url, retryable: true }, { cause: err });
}
export {
  DEFAULT_HTTP,
  createHttpClient
};
