import { setTimeout as sleep } from 'node:timers/promises';

/** How a webhook is retried: attempts in all, the first backoff (doubling), and each attempt's timeout. */
export type WebhookPolicy = { attempts: number; backoffMs: number; timeoutMs: number };

export const DEFAULT_WEBHOOK_POLICY: WebhookPolicy = { attempts: 4, backoffMs: 500, timeoutMs: 5_000 };

/** The most of a receiver's response body read (bytes); the rest is not read (the transfer is cancelled). */
export const MAX_RESPONSE_BYTES = 64 * 1024;

/** The outcome of one delivery: delivered or not, after how many attempts, and the last error. */
export type Delivery = { delivered: boolean; attempts: number; error: string | null };

/**
 * POSTs a message's body (an alert's document, see `app/alertCheck.ts`) as JSON to a webhook; `label`
 * names it in the log. Only a 2xx answer delivers it. A redirect is never followed
 * (the alert would go to a host nobody configured): a 3xx is a failure, logged, and not retried in
 * this call. Any other failure (network error, timeout, another status) is retried with exponential
 * backoff; every failed attempt is passed to `log`. At most `MAX_RESPONSE_BYTES` of a response are
 * read. Never throws.
 */
export async function deliverWebhook(
  url: string,
  message: { label: string; body: unknown },
  log: (line: string) => void,
  policy: WebhookPolicy = DEFAULT_WEBHOOK_POLICY,
): Promise<Delivery> {
  let error: string | null = null;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    let redirected = false;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message.body),
        redirect: 'manual',
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      const head = await readHead(response, MAX_RESPONSE_BYTES);
      if (response.status >= 200 && response.status < 300)
        return { delivered: true, attempts: attempt, error: null };
      redirected = response.status >= 300 && response.status < 400;
      error = redirected
        ? `HTTP ${response.status} redirect to ${response.headers.get('location') ?? '(no location)'} not followed`
        : `HTTP ${response.status}${head ? `: ${head}` : ''}`;
    } catch (err) {
      error = (err as Error).message;
    }
    const last = redirected || attempt === policy.attempts;
    const wait = policy.backoffMs * 2 ** (attempt - 1);
    log(
      `webhook ${url}: ${message.label} attempt ${attempt}/${policy.attempts} failed (${error})${last ? '; kept for the next cycle' : `; retrying in ${wait} ms`}`,
    );
    if (last) return { delivered: false, attempts: attempt, error };
    await sleep(wait);
  }
  return { delivered: false, attempts: policy.attempts, error };
}

/**
 * Reads at most `maxBytes` of a response body and cancels the rest of the transfer; returns the start
 * of the text (one line, 200 characters at most) for the log.
 */
async function readHead(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value.subarray(0, Math.max(0, maxBytes - total)));
    total += value.byteLength;
    if (total >= maxBytes) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).toString('utf8', 0, 200).replace(/\s+/g, ' ').trim();
}
