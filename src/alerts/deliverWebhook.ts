import { setTimeout as sleep } from 'node:timers/promises';
import type { Alert } from './evaluateRules.ts';

/** How a webhook is retried: attempts in all, the first backoff (doubling), and each attempt's timeout. */
export type WebhookPolicy = { attempts: number; backoffMs: number; timeoutMs: number };

export const DEFAULT_WEBHOOK_POLICY: WebhookPolicy = { attempts: 4, backoffMs: 500, timeoutMs: 5_000 };

/** The outcome of one delivery: delivered or not, after how many attempts, and the last error. */
export type Delivery = { delivered: boolean; attempts: number; error: string | null };

/**
 * POSTs an alert as JSON to a webhook, retrying a failure (network error, timeout, non-2xx) with
 * exponential backoff; every failed attempt is passed to `log`. Never throws.
 */
export async function deliverWebhook(
  url: string,
  alert: Alert,
  log: (line: string) => void,
  policy: WebhookPolicy = DEFAULT_WEBHOOK_POLICY,
): Promise<Delivery> {
  let error: string | null = null;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ schema: 'faultline.alert/v1', ...alert }),
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      await response.arrayBuffer();
      if (response.ok) return { delivered: true, attempts: attempt, error: null };
      error = `HTTP ${response.status}`;
    } catch (err) {
      error = (err as Error).message;
    }
    const wait = policy.backoffMs * 2 ** (attempt - 1);
    log(
      `webhook ${url}: alert ${alert.rule} attempt ${attempt}/${policy.attempts} failed (${error})${attempt < policy.attempts ? `; retrying in ${wait} ms` : '; giving up'}`,
    );
    if (attempt < policy.attempts) await sleep(wait);
  }
  return { delivered: false, attempts: policy.attempts, error };
}
