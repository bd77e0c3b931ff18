import { type CustomTransport, custom } from 'viem';
import { FaultlineError, SourceError } from '../../core/errors.ts';
import { DEFAULT_HTTP, type HttpClientOptions, parseJson, transportError } from '../http/httpClient.ts';
import { HttpStatusError } from '../http/httpStatusError.ts';
import { readCapped } from '../http/readCapped.ts';
import { parseRetryAfter, retryDelayMs } from '../http/retryDelay.ts';

/** The shared client base's policy (limiter, timeout, retries, backoff, size cap), applied to JSON-RPC. */
export type RpcSettings = Omit<HttpClientOptions, 'name' | 'baseUrl'>;

/** What an RPC endpoint was asked: HTTP requests sent (retries included) and calls per JSON-RPC method. */
export type RpcStats = { requests: number; byMethod: Record<string, number> };

/** A viem transport over the client base, and its counters. */
export type RpcTransport = { transport: CustomTransport; stats: RpcStats; source: string };

/** JSON-RPC error codes and messages that mean "slow down" or "try again", not "wrong request". */
const RETRYABLE_CODES = new Set([429, -32005, -32090, -32603]);
const RETRYABLE_TEXT = /rate.?limit|too many requests|capacity|header not found|timeout|temporarily/i;

/** An RPC URL with anything secret-looking dropped (credentials, query, long path tokens such as API keys). */
export function redactRpcUrl(url: URL): string {
  const path = url.pathname
    .split('/')
    .map((part) => (/^[A-Za-z0-9_-]{16,}$/.test(part) ? '…' : part))
    .join('/');
  return `${url.protocol}//${url.host}${path === '/' ? '' : path}`;
}

type Attempt =
  | { ok: true; result: unknown }
  | { ok: false; error: SourceError; retryAfter: string | null }
  | { ok: false; rpcError: { code: number; message: string; data?: unknown } };

/**
 * A JSON-RPC transport for viem with the retry, rate limit, timeout and size rules of the HTTP client
 * base (`createHttpClient`): 429/5xx, network errors, timeouts, garbage bodies and the nodes' "rate
 * limited" errors are retried with backoff (honouring `Retry-After`); other JSON-RPC errors (a revert,
 * bad params) go to viem as they came, so it can decode revert reasons. Errors name the method.
 * @example const rpc = createRpcTransport('http://127.0.0.1:8545', { ...DEFAULT_HTTP, limiter });
 */
export function createRpcTransport(rpcUrl: string, settings: RpcSettings): RpcTransport {
  const url = new URL(rpcUrl);
  const source = redactRpcUrl(url);
  const timeoutMs = settings.timeoutMs ?? DEFAULT_HTTP.timeoutMs;
  const retries = settings.retries ?? DEFAULT_HTTP.retries;
  const backoff = settings.backoff ?? DEFAULT_HTTP.backoff;
  const maxRetryAfterMs = settings.maxRetryAfterMs ?? DEFAULT_HTTP.maxRetryAfterMs;
  const maxBytes = settings.maxBytes ?? DEFAULT_HTTP.maxBytes;
  const random = settings.random ?? Math.random;
  const sleep = settings.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const limiter = settings.limiter(url);
  const stats: RpcStats = { requests: 0, byMethod: {} };
  let id = 0;

  async function attempt(method: string, params: unknown): Promise<Attempt> {
    stats.requests++;
    const body = JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params: params ?? [] });
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) {
        await response.body?.cancel();
        const error = new HttpStatusError(response.status, `HTTP ${response.status}`, { source });
        return { ok: false, error, retryAfter: response.headers.get('retry-after') };
      }
      const parsed = parseJson(await readCapped(response, maxBytes, source), source);
      if (parsed instanceof SourceError) return { ok: false, error: parsed, retryAfter: null };
      const reply = parsed as {
        result?: unknown;
        error?: { code?: unknown; message?: unknown; data?: unknown };
      };
      if (reply && typeof reply === 'object' && reply.error && typeof reply.error === 'object') {
        const code = typeof reply.error.code === 'number' ? reply.error.code : 0;
        const message = typeof reply.error.message === 'string' ? reply.error.message : 'no message';
        if (RETRYABLE_CODES.has(code) || RETRYABLE_TEXT.test(message)) {
          const error = new SourceError(`the node answered error ${code}: ${message}`, {
            source,
            retryable: true,
          });
          return { ok: false, error, retryAfter: null };
        }
        return { ok: false, rpcError: { code, message, data: reply.error.data } };
      }
      if (!reply || typeof reply !== 'object' || !('result' in reply)) {
        const shown = JSON.stringify(parsed)?.slice(0, 80);
        const error = new SourceError(`garbage answer (no result, no error): ${shown}`, {
          source,
          retryable: true,
        });
        return { ok: false, error, retryAfter: null };
      }
      return { ok: true, result: reply.result };
    } catch (err) {
      if (err instanceof FaultlineError && !(err instanceof SourceError)) throw err;
      const error = err instanceof SourceError ? err : transportError(err, source, timeoutMs);
      return { ok: false, error, retryAfter: null };
    }
  }

  const transport = custom(
    {
      async request({ method, params }: { method: string; params?: unknown }) {
        stats.byMethod[method] = (stats.byMethod[method] ?? 0) + 1;
        for (let n = 0; ; n++) {
          const result = await limiter.run(() => attempt(method, params));
          if (result.ok) return result.result;
          if ('rpcError' in result) throw result.rpcError;
          const { error } = result;
          if (!error.retryable || n >= retries)
            throw new SourceError(
              `${method}: ${error.shortMessage}${n > 0 ? ` (after ${n + 1} attempts)` : ''}`,
              { source, retryable: error.retryable },
              { cause: error },
            );
          const retryAfterMs = parseRetryAfter(result.retryAfter, Date.now());
          if (retryAfterMs !== null && retryAfterMs > maxRetryAfterMs)
            throw new SourceError(
              `${method}: the node asks to wait ${Math.ceil(retryAfterMs / 1000)} s (Retry-After), more than this run waits`,
              { source, retryable: true },
              { cause: error },
            );
          const delayMs = retryDelayMs(n, backoff, random, retryAfterMs);
          settings.onRetry?.({ url: source, attempt: n + 1, delayMs, error });
          await sleep(delayMs);
        }
      },
    },
    { key: 'faultline-rpc', name: 'Faultline RPC', retryCount: 0 },
  );
  return { transport, stats, source };
}
