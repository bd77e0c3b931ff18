import { setTimeout as sleep } from 'node:timers/promises';
import type { Command } from 'commander';
import { ConfigError } from '../core/errors.ts';
import { alertSetup, runAlertCycle, withAlertOptions } from './alertCycle.ts';
import { ensureData } from './ensureData.ts';
import { dayOption, numberOption } from './options.ts';
import { withApp } from './withApp.ts';

type Options = {
  alerts?: string;
  webhook?: string;
  alertState?: string;
  every: string;
  once?: boolean;
  asOf?: string;
};

/**
 * `faultline watch`: imports what changed, evaluates the alert rules on the store, and delivers each new
 * alert once (stdout as a JSON line, a webhook with retries) until it stops firing; then again every
 * `--every` seconds, or once. Webhook deliveries never hold up the next import.
 */
export function registerWatch(program: Command): void {
  const command = withAlertOptions(
    program
      .command('watch')
      .description(
        'import on a schedule and evaluate alert rules after each import; new alerts to stdout and a webhook',
      ),
  )
    .option('--every <seconds>', 'seconds between imports and evaluations', '3600')
    .option('--once', 'import and evaluate once, then exit (after the webhook deliveries finish)')
    .option(
      '--as-of <day>',
      'evaluate on data up to this UTC day (default: the last day of the stored daily history)',
    );
  command.action((o: Options) =>
    withApp(program, async (app) => {
      if (o.alerts === undefined) throw new ConfigError('watch needs --alerts FILE', { field: '--alerts' });
      const setup = alertSetup(app, command, o);
      const every = numberOption(o.every, '--every', 3600);
      if (every < 1) throw new ConfigError('must be at least 1 second', { field: '--every' });
      const asOf = dayOption(o.asOf, '--as-of');
      const deliveries: Promise<unknown>[] = [];
      for (;;) {
        await ensureData(app);
        if (setup) deliveries.push(...(await runAlertCycle(app, setup, asOf)));
        if (o.once) break;
        await sleep(every * 1000);
      }
      await Promise.all(deliveries);
    }),
  );
}
