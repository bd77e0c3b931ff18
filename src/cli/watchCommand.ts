import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Command } from 'commander';
import { type AlertRule, parseAlertRules } from '../alerts/alertRules.ts';
import { alertKey, readAlertState, writeAlertState } from '../alerts/alertState.ts';
import { deliverWebhook } from '../alerts/deliverWebhook.ts';
import { evaluateRules } from '../alerts/evaluateRules.ts';
import { metricLookup } from '../alerts/metricLookup.ts';
import { latestDataDay } from '../analytics/watchlist.ts';
import { ConfigError, ValidationError } from '../core/errors.ts';
import { ensureData } from './ensureData.ts';
import { dayOption, numberOption } from './options.ts';
import { withApp } from './withApp.ts';

type Options = {
  rules: string;
  webhook?: string;
  every: string;
  once?: boolean;
  state?: string;
  asOf?: string;
};

function loadRules(file: string, command: Command): AlertRule[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read the rules file: ${(err as NodeJS.ErrnoException).code ?? err}`, {
      source: file,
    });
  }
  try {
    return parseAlertRules(text, file);
  } catch (err) {
    if (err instanceof ValidationError) command.error(`faultline: ${err.message}`, { exitCode: 2 });
    throw err;
  }
}

/**
 * `faultline watch`: imports what changed, evaluates alert rules on the store, and delivers each new
 * alert once (to stdout as a JSON line, and to a webhook with retries) until it stops firing; then again
 * every `--every` seconds, or once. Webhook deliveries never hold up the next import.
 */
export function registerWatch(program: Command): void {
  const command = program
    .command('watch')
    .description(
      'evaluate alert rules after each import, on a schedule; deliver new alerts to stdout and a webhook',
    )
    .requiredOption('--rules <file>', 'alert rules (YAML or JSON), e.g. examples/alerts.yaml')
    .option('--webhook <url>', 'POST each new alert as JSON to this URL')
    .option('--every <seconds>', 'seconds between evaluations', '3600')
    .option('--once', 'evaluate once and exit (after the webhook deliveries finish)')
    .option('--state <file>', 'where firing alerts are remembered (dedup); default beside the store')
    .option(
      '--as-of <day>',
      'evaluate on data up to this UTC day (default: the last day of the stored daily history)',
    );
  command.action((o: Options) =>
    withApp(program, async (app) => {
      const rules = loadRules(o.rules, command);
      const every = numberOption(o.every, '--every', 3600);
      if (every < 1) throw new ConfigError('must be at least 1 second', { field: '--every' });
      if (o.webhook !== undefined && !/^https?:\/\//.test(o.webhook))
        throw new ConfigError(`not an http(s) URL: "${o.webhook}"`, { field: '--webhook' });
      const stateFile = o.state ?? join(app.config.dbPath, '..', 'alerts-state.json');
      const log = (line: string) => process.stderr.write(`faultline watch: ${line}\n`);
      const deliveries: Promise<unknown>[] = [];
      for (;;) {
        await ensureData(app);
        const tvl = await app.tvl();
        const data = await app.sustainability();
        const asOf = dayOption(o.asOf, '--as-of') ?? latestDataDay(data);
        if (!asOf) throw new ConfigError('the store has no protocol history to watch', { field: '--as-of' });
        const { alerts, unknown } = await evaluateRules(rules, metricLookup(tvl, data, asOf), asOf);
        for (const r of unknown)
          log(`rule ${r.id} (line ${r.line}): ${r.metric} of ${r.subject} is unknown on ${asOf}`);
        const previous = readAlertState(stateFile);
        const fresh = alerts.filter((a) => !previous.has(alertKey(a)));
        for (const alert of fresh) {
          process.stdout.write(`${JSON.stringify({ schema: 'faultline.alert/v1', ...alert })}\n`);
          if (o.webhook) deliveries.push(deliverWebhook(o.webhook, alert, log));
        }
        writeAlertState(stateFile, alerts.map(alertKey));
        log(
          `${asOf}: ${alerts.length} rule(s) firing, ${fresh.length} new, ${alerts.length - fresh.length} already delivered`,
        );
        if (o.once) break;
        await sleep(every * 1000);
      }
      await Promise.all(deliveries);
    }),
  );
}
