// src/alerts/deliverWebhook.ts
import { setTimeout as sleep } from "node:timers/promises";
var DEFAULT_WEBHOOK_POLICY = { attempts: 4, backoffMs: 500, timeoutMs: 5e3 };
async function deliverWebhook(url, alert, log, policy = DEFAULT_WEBHOOK_POLICY) {
  let error = null;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ schema: "faultline.alert/v1", ...alert }),
        signal: AbortSignal.timeout(policy.timeoutMs)
      });
      await response.arrayBuffer();
      if (response.ok) return { delivered: true, attempts: attempt, error: null };
      error = `HTTP ${response.status}`;
    } catch (err) {
      error = err.message;
    }
    const wait = policy.backoffMs * 2 ** (attempt - 1);
    log(
      `webhook ${url}: alert ${alert.rule} attempt ${attempt}/${policy.attempts} failed (${error})${attempt < policy.attempts ? `; retrying in ${wait} ms` : "; giving up"}`
    );
    if (attempt < policy.attempts) await sleep(wait);
  }
  return { delivered: false, attempts: policy.attempts, error };
}
export {
  DEFAULT_WEBHOOK_POLICY,
  deliverWebhook
};
