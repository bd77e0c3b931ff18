import { setTimeout as sleep } from 'node:timers/promises';
import type { Command } from 'commander';
import { ConfigError, FaultlineError } from '../core/errors.ts';
import { alertSetup, runAlertCycle, settleAlerts } from './alertCycle.ts';
import type { AlertOptions } from './alertOptions.ts';
import { ensureData } from './ensureData.ts';
import { dayOption, numberOption } from './options.ts';
import { withApp } from './withApp.ts';

/** The options of `faultline watch`, as commander parses them. */
export type WatchOptions = AlertOptions & { every: string; once?: boolean; asOf?: string };

/**
 * Runs `faultline watch`: imports what changed and evaluates the alert rules, every `--every` seconds
 * or once. An undelivered alert stays pending and is sent again at the next cycle; with `--once` the
 * command waits for the deliveries and exits non-zero naming how many failed.
 */
export async function watchAction(program: Command, command: Command, o: WatchOptions): Promise<void> {
  await withApp(program, async (app) => {
    if (o.alerts === undefined) throw new ConfigError('watch needs --alerts FILE', { field: '--alerts' });
    const setup = alertSetup(app, command, o);
    const every = numberOption(o.every, '--every', 3600);
    if (every < 1) throw new ConfigError('must be at least 1 second', { field: '--every' });
    const asOf = dayOption(o.asOf, '--as-of');
    if (!setup) return;
    for (;;) {
      await ensureData(app);
      await runAlertCycle(app, setup, asOf);
      if (o.once) break;
      await sleep(every * 1000);
    }
    const failed = await settleAlerts(setup);
    if (failed) throw new FaultlineError(failed);
  });
}
