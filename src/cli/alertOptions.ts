import type { Command } from 'commander';

/** The alert options of `import`, `ingest` and `watch`, as commander parses them. */
export type AlertOptions = {
  alerts?: string;
  webhook?: string;
  webhookBackoff?: string;
  alertState?: string;
};

/**
 * Adds `--alerts FILE`, `--webhook URL`, `--webhook-backoff MS` and `--alert-state FILE` to a command that
 * changes the store.
 * Registration only: the rules are read and evaluated by `alertCycle.ts`, loaded when the command runs.
 */
export function withAlertOptions(command: Command): Command {
  return command
    .option('--alerts <file>', 'evaluate these alert rules after the run (docs/methodology.md, "Alerts")')
    .option(
      '--webhook <url>',
      'POST each new alert as JSON to this URL; one not answered 2xx stays pending and is sent again next run',
    )
    .option(
      '--webhook-backoff <ms>',
      'wait before retrying a failed delivery, doubled at each of the 4 attempts (default 500 ms)',
    )
    .option(
      '--alert-state <file>',
      'where firing and undelivered alerts are remembered; default beside the store',
    );
}
