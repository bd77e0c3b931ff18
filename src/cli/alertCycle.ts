import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { type AlertRule, parseAlertRules } from '../alerts/alertRules.ts';
import { alertKey, readAlertState, writeAlertState } from '../alerts/alertState.ts';
import { deliverWebhook } from '../alerts/deliverWebhook.ts';
import { evaluateRules } from '../alerts/evaluateRules.ts';
import { metricLookup } from '../alerts/metricLookup.ts';
import { latestDataDay } from '../analytics/watchlist.ts';
import type { App } from '../app/createApp.ts';
import type { Day } from '../core/day.ts';
import { ConfigError, ValidationError } from '../core/errors.ts';

/** Where alerts go: the rules, the webhook, the dedup state, and the stream alerts are printed on. */
export type AlertSetup = {
  rules: AlertRule[];
  webhook: string | null;
  stateFile: string;
  out: NodeJS.WritableStream;
};

/** Adds `--alerts FILE`, `--webhook URL` and `--alert-state FILE` to a command that changes the store. */
export function withAlertOptions(command: Command): Command {
  return command
    .option('--alerts <file>', 'evaluate these alert rules after the run (docs/methodology.md, "Alerts")')
    .option('--webhook <url>', 'POST each new alert as JSON to this URL')
    .option('--alert-state <file>', 'where firing alerts are remembered (dedup); default beside the store');
}

/**
 * Reads the alert options before any work starts: a bad rules file stops the command here (exit 2,
 * with the line and the reason), before anything is fetched or written. Null when no rules are given.
 */
export function alertSetup(
  app: App,
  command: Command,
  o: { alerts?: string; webhook?: string; alertState?: string },
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
  return {
    rules,
    webhook: o.webhook ?? null,
    stateFile: o.alertState ?? join(app.config.dbPath, '..', 'alerts-state.json'),
    out,
  };
}

/**
 * Evaluates the rules on the store as it is now and delivers each new alert once: a JSON line on the
 * setup's stream, and a webhook POST (retried with backoff, failures logged on stderr). Returns the
 * webhook deliveries still under way, so the caller never waits for them before its next import.
 */
export async function runAlertCycle(
  app: App,
  setup: AlertSetup,
  asOfFlag: Day | null,
): Promise<Promise<unknown>[]> {
  const log = (line: string) => process.stderr.write(`faultline alerts: ${line}\n`);
  const data = await app.sustainability();
  const asOf = asOfFlag ?? latestDataDay(data);
  if (!asOf)
    throw new ConfigError('the store has no protocol history to evaluate alerts on', { field: '--as-of' });
  const { alerts, unknown } = await evaluateRules(setup.rules, metricLookup(data, asOf), asOf);
  for (const r of unknown)
    log(`rule ${r.id} (line ${r.line}): ${r.metric} of ${r.subject} is unknown on ${asOf}`);
  const previous = readAlertState(setup.stateFile);
  const fresh = alerts.filter((a) => !previous.has(alertKey(a)));
  const deliveries: Promise<unknown>[] = [];
  for (const alert of fresh) {
    setup.out.write(`${JSON.stringify({ schema: 'faultline.alert/v1', ...alert })}\n`);
    if (setup.webhook) deliveries.push(deliverWebhook(setup.webhook, alert, log));
  }
  writeAlertState(setup.stateFile, alerts.map(alertKey));
  log(
    `${asOf}: ${alerts.length} rule(s) firing, ${fresh.length} new, ${alerts.length - fresh.length} already delivered`,
  );
  return deliveries;
}
