import { alertKey, readState, writeState } from './alertState.ts';
import { DEFAULT_WEBHOOK_POLICY, deliverWebhook, type WebhookPolicy } from './deliverWebhook.ts';
import type { Alert } from './evaluateRules.ts';

/** One evaluation's alerts: the new ones (to print) and the earlier ones sent again. */
export type OutboxCycle = { fresh: Alert[]; retried: Alert[] };

/** What the deliveries of a run came to: alerts delivered, deliveries that failed, alerts still pending. */
export type OutboxReport = { delivered: number; failed: number; pending: number };

export type AlertOutbox = {
  /**
   * Records the alerts firing now and starts delivering the new ones and every alert still pending
   * from earlier cycles (or runs). The state file lists them as pending before any is sent; each
   * leaves the list only when the webhook answers 2xx. Deliveries run in the background.
   */
  cycle(alerts: readonly Alert[]): OutboxCycle;
  /** Waits for the deliveries under way. `failed > 0`: some alert was not delivered (exit non-zero). */
  settle(): Promise<OutboxReport>;
};

export type AlertOutboxOptions = {
  /** The alert-state file (dedup keys and pending alerts). */
  stateFile: string;
  /** Where alerts are POSTed; null: alerts are only printed, nothing is pending. */
  webhook: string | null;
  log: (line: string) => void;
  /** The body an alert is POSTed as (its document, `app/alertCheck.ts`). */
  document: (alert: Alert) => unknown;
  policy?: WebhookPolicy;
};

/**
 * Delivers alerts so that none is lost and none is sent twice by one process: an alert fires once
 * (until it stops firing), is kept pending in the state file until a 2xx, and is sent again at every
 * cycle (of this run or a later one) until then, even if it has stopped firing meanwhile. A newer alert
 * of the same rule and subject replaces an older pending one. An alert still being sent is not sent
 * again by an overlapping cycle.
 * @example const outbox = createAlertOutbox({ stateFile, webhook, log, document }); outbox.cycle(alerts); await outbox.settle()
 */
export function createAlertOutbox(options: AlertOutboxOptions): AlertOutbox {
  const { stateFile, webhook, log } = options;
  const policy = options.policy ?? DEFAULT_WEBHOOK_POLICY;
  const inFlight = new Map<string, Promise<void>>();
  const report = { delivered: 0, failed: 0 };
  const sameAlert = (a: Alert, b: Alert) => alertKey(a) === alertKey(b) && a.asOf === b.asOf;

  const send = (alert: Alert, url: string) => {
    const key = alertKey(alert);
    const delivery = deliverWebhook(
      url,
      { label: `alert ${alert.rule}`, body: options.document(alert) },
      log,
      policy,
    ).then((d) => {
      inFlight.delete(key);
      if (!d.delivered) {
        report.failed += 1;
        return;
      }
      report.delivered += 1;
      const state = readState(stateFile);
      writeState(stateFile, { ...state, pending: state.pending.filter((p) => !sameAlert(p, alert)) });
    });
    inFlight.set(key, delivery);
  };

  return {
    cycle(alerts) {
      const state = readState(stateFile);
      const fresh = alerts.filter((a) => !state.firing.has(alertKey(a)));
      const freshKeys = new Set(fresh.map(alertKey));
      const pending = webhook
        ? [...state.pending.filter((p) => !freshKeys.has(alertKey(p))), ...fresh]
        : state.pending;
      writeState(stateFile, { firing: new Set(alerts.map(alertKey)), pending });
      if (!webhook) return { fresh, retried: [] };
      const due = pending.filter((a) => !inFlight.has(alertKey(a)));
      for (const alert of due) send(alert, webhook);
      return { fresh, retried: due.filter((a) => !freshKeys.has(alertKey(a))) };
    },
    async settle() {
      while (inFlight.size > 0) await Promise.all(inFlight.values());
      return { ...report, pending: readState(stateFile).pending.length };
    },
  };
}
