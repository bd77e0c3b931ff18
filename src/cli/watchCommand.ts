import type { Command } from 'commander';
import { withAlertOptions } from './alertOptions.ts';
import type { WatchOptions } from './watchAction.ts';

/**
 * `faultline watch`: imports what changed, evaluates the alert rules on the store, and delivers each new
 * alert once (stdout as a JSON line, a webhook until it answers 2xx) until it stops firing; then again
 * every `--every` seconds, or once. Webhook deliveries never hold up the next import.
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
    .option(
      '--once',
      'import and evaluate once, then exit after the webhook deliveries finish (exit 1 if one failed)',
    )
    .option(
      '--as-of <day>',
      'evaluate on data up to this UTC day (default: the last day of the stored daily history)',
    );
  command.action(async (o: WatchOptions) => {
    const { watchAction } = await import('./watchAction.ts');
    await watchAction(program, command, o);
  });
}
