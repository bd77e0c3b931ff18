import type { z } from 'zod';
import { FaultlineError, SourceError, ValidationError } from '../../core/errors.ts';
import { issueText } from '../zodIssue.ts';
import type { HostLimiter } from './hostLimiter.ts';
import { HttpStatusError } from './httpStatusError.ts';
import { readCapped } from './readCapped.ts';
import { type Backoff, parseRetryAfter, retryDelayMs } from './retryDelay.ts';

/** What a source needs to know to call one API. Times in milliseconds, sizes in bytes. */
export type HttpClientOptions = {
  /** The source's name as users know it ("DefiLlama"), used in messages. */
  name: string;
  baseUrl: string;
  /** The host's limiter (see `createHostLimits`): shared by every client of that host. */
  limiter: (url: URL) => HostLimiter;
  /** Deadline of one attempt, headers and body together (a slow drip times out too). */
  timeoutMs?: number;
  /** Retries after the first attempt, on 429, 5xx, network errors, timeouts and unreadable bodies. */
  retries?: number;
  backoff?: Backoff;
  /** The longest `Retry-After` this run waits; a longer one fails the request (retry on the next run). */
  maxRetryAfterMs?: number;
  maxBytes?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (event: RetryEvent) => void;
};

/** One retry about to happen: why, and after how long. */
export type RetryEvent = { url: string; attempt: number; delayMs: number; error: SourceError };

/** Conditional-request validators of a stored response (ETag / Last-Modified). */
export type Validators = { etag: string | null; lastModified: string | null };

/** A validated body, or "not modified" when the validators sent still match. */
export type JsonResponse<T> =
  | { status: 'ok'; url: string; data: T; validators: Validators; bytes: number }
  | { status: 'not-modified'; url: string; validators: Validators };

export type GetJsonOptions = {
  query?: Record<string, string | number>;
  /** Validators of the copy already stored: a 304 answer means nothing changed. */
  validators?: Validators;
};

/** A JSON-over-HTTP client with the retry, limit, size and validation rules every source shares. */
export type HttpClient = {
  getJson<S extends z.ZodType>(
    path: string,
    schema: S,
    options?: GetJsonOptions,
  ): Promise<JsonResponse<z.infer<S>>>;
};

export const DEFAULT_HTTP = {
  timeoutMs: 30_000,
  retries: 4,
  backoff: { baseMs: 500, maxMs: 30_000 },
  maxRetryAfterMs: 120_000,
  maxBytes: 100 * 2 ** 20,
} as const;

/**
 * Creates a client for one API (the one client base of DESIGN.md): each source only declares its
 * endpoints and response schemas. Unknown fields pass; a missing or mistyped field is a
 * `ValidationError` naming its JSON path; transport trouble is a retryable `SourceError`.
 * @example const llama = createHttpClient({ name: 'DefiLlama', baseUrl: 'https://api.llama.fi', limiter });
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_HTTP.timeoutMs;
  const retries = options.retries ?? DEFAULT_HTTP.retries;
  const backoff = options.backoff ?? DEFAULT_HTTP.backoff;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_HTTP.maxRetryAfterMs;
  const maxBytes = options.maxBytes ?? DEFAULT_HTTP.maxBytes;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  async function attempt(url: URL, validators: Validators | undefined) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(url, { headers, signal });
      const got: Validators = {
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 'not-modified' as const, validators: validators ?? got };
      }
      if (!response.ok) {
        await response.body?.cancel();
        const error = new HttpStatusError(
          response.status,
          `${options.name} answered HTTP ${response.status}`,
          {
            source: url.href,
          },
        );
        return { status: 'error' as const, error, retryAfter: response.headers.get('retry-after') };
      }
      const body = await readCapped(response, maxBytes, url.href);
      return { status: 'ok' as const, body, validators: got };
    } catch (err) {
      if (err instanceof FaultlineError) throw err;
      return { status: 'error' as const, error: transportError(err, url.href, timeoutMs), retryAfter: null };
    }
  }

  return {
    async getJson(path, schema, { query, validators } = {}) {
      const url = new URL(
        path.replace(/^\//, ''),
        options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
      );
      for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, String(v));
      const limiter = options.limiter(url);
      for (let n = 0; ; n++) {
        const result = await limiter.run(() => attempt(url, validators));
        let error: SourceError;
        let retryAfterMs: number | null = null;
        if (result.status === 'not-modified')
          return { status: 'not-modified', url: url.href, validators: result.validators };
        if (result.status === 'ok') {
          const parsed = parseJson(result.body, url.href);
          if (!(parsed instanceof SourceError)) {
            const checked = schema.safeParse(parsed);
            if (!checked.success) {
              const [first, ...rest] = checked.error.issues;
              const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
              throw new ValidationError(`${first ? issueText(first) : 'invalid response'}${more}`, {
                source: url.href,
              });
            }
            return {
              status: 'ok',
              url: url.href,
              data: checked.data,
              validators: result.validators,
              bytes: result.body.byteLength,
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
            `${options.name} asks to wait ${Math.ceil(retryAfterMs / 1000)} s (Retry-After), more than the ${maxRetryAfterMs / 1000} s this run waits; retry later`,
            { source: url.href, retryable: true },
            { cause: error },
          );
        }
        const delayMs = retryDelayMs(n, backoff, random, retryAfterMs);
        options.onRetry?.({ url: url.href, attempt: n + 1, delayMs, error });
        await sleep(delayMs);
      }
    },
  };
}

/** A body parsed as JSON, or a retryable `SourceError` saying it is not JSON (a truncated or garbage answer). */
export function parseJson(body: Uint8Array, url: string): unknown {
  const text = new TextDecoder().decode(body);
  try {
    return JSON.parse(text);
  } catch (err) {
    const detail = (err as Error).message.replace(/^.*?(Unexpected|Expected|Unterminated)/, '$1');
    return new SourceError(`malformed JSON (${body.byteLength} bytes; truncated?): ${detail}`, {
      source: url,
      retryable: true,
    });
  }
}

/** A `fetch` failure as a retryable `SourceError`: a timeout, or the network error's code. */
export function transportError(err: unknown, url: string, timeoutMs: number): SourceError {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') {
    return new SourceError(
      `timed out after ${timeoutMs} ms`,
      { source: url, retryable: true },
      { cause: err },
    );
  }
  const why = e.cause?.code ?? e.cause?.message ?? e.message;
  return new SourceError(`network error: ${why}`, { source: url, retryable: true }, { cause: err });
}
