import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { type AlertOutbox, createAlertOutbox } from '../alerts/alertOutbox.ts';
import { type AlertRule, parseAlertRules } from '../alerts/alertRules.ts';
import { alertKey } from '../alerts/alertState.ts';
import { DEFAULT_WEBHOOK_POLICY } from '../alerts/deliverWebhook.ts';
import { alertDocument, checkAlerts } from '../app/alertCheck.ts';
import type { App } from '../app/createApp.ts';
import type { Day } from '../core/day.ts';
import { ConfigError, ValidationError } from '../core/errors.ts';
import type { AlertOptions } from './alertOptions.ts';
import { numberOption } from './options.ts';

/** Where alerts go: the rules, the outbox that delivers them, and the stream alerts are printed on. */
export type AlertSetup = {
  rules: AlertRule[];
  outbox: AlertOutbox;
  out: NodeJS.WritableStream;
};

const log = (line: string) => process.stderr.write(`faultline alerts: ${line}\n`);

/**
 * Reads the alert options before any work starts: a bad rules file stops the command here (exit 2,
 * with the line and the reason), before anything is fetched or written. Null when no rules are given.
 */
export function alertSetup(
  app: App,
  command: Command,
  o: AlertOptions,
  out: NodeJS.WritableStream = process.stdout,
): AlertSetup | null {
  if (o.alerts === undefined) {
    if (o.webhook !== undefined)
      throw new ConfigError('--webhook needs --alerts FILE', { field: '--webhook' });
    return null;
  }
  if (o.webhook !== undefined && !/^https?:\/\//.test(o.webhook))
    throw new ConfigError(`not an http(s) URL: "${o.webhook}"`, { field: '--webhook' });
  let text: string;
  try {
    text = readFileSync(o.alerts, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read the rules file: ${(err as NodeJS.ErrnoException).code ?? err}`, {
      source: o.alerts,
    });
  }
  let rules: AlertRule[];
  try {
    rules = parseAlertRules(text, o.alerts);
  } catch (err) {
    if (err instanceof ValidationError) command.error(`faultline: ${err.message}`, { exitCode: 2 });
    throw err;
  }
  const stateFile = o.alertState ?? join(app.config.dbPath, '..', 'alerts-state.json');
  return {
    rules,
    outbox: createAlertOutbox({
      stateFile,
      webhook: o.webhook ?? null,
      log,
      document: alertDocument,
      policy: {
        ...DEFAULT_WEBHOOK_POLICY,
        backoffMs: numberOption(o.webhookBackoff, '--webhook-backoff', DEFAULT_WEBHOOK_POLICY.backoffMs),
      },
    }),
    out,
  };
}

/**
 * Evaluates the rules on the store as it is now, prints each new alert as a JSON line on the setup's
 * stream, and hands the new alerts and every one still undelivered to the outbox, which POSTs them in
 * the background (only a 2xx delivers one; a redirect is a failure, never followed). Returns without
 * waiting for the webhook, so the caller's next import never waits for it (`settleAlerts` does).
 */
export async function runAlertCycle(app: App, setup: AlertSetup, asOfFlag: Day | null): Promise<void> {
  const { asOf, alerts, unknown } = await checkAlerts(app, setup.rules, asOfFlag);
  for (const r of unknown)
    log(`rule ${r.id} (line ${r.line}): ${r.metric} of ${r.subject} is unknown on ${asOf}`);
  const { fresh, retried } = setup.outbox.cycle(alerts);
  for (const alert of fresh) setup.out.write(`${JSON.stringify(alertDocument(alert))}\n`);
  const again = new Set([...fresh, ...retried].map(alertKey));
  const sent = alerts.filter((a) => !again.has(alertKey(a))).length;
  log(
    `${asOf}: ${alerts.length} rule(s) firing, ${fresh.length} new, ${sent} already sent${retried.length > 0 ? `, ${retried.length} undelivered sent again` : ''}`,
  );
}

/**
 * Waits for the webhook deliveries under way. Returns what failed, in words, for the command to exit
 * non-zero with (the alerts stay pending in the state file and are sent again on the next run), or
 * null when every delivery got a 2xx.
 */
export async function settleAlerts(setup: AlertSetup): Promise<string | null> {
  const { failed, pending } = await setup.outbox.settle();
  if (failed === 0) return null;
  return `${failed} alert deliver${failed === 1 ? 'y' : 'ies'} to the webhook failed; ${pending} alert(s) kept pending and sent again on the next run`;
}
