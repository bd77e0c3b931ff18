import type { Command } from 'commander';
import { WATCH_THRESHOLD } from '../risk/sustainability/factors.ts';
import { formatOption } from './options.ts';

/** `faultline score` and `faultline watchlist`: the sustainability score, explained, and who is below it. */
export function registerScore(program: Command): void {
  program
    .command('score')
    .description(
      'sustainability score of a protocol, or ghost-chain score of a chain: factors, weights, drivers',
    )
    .option('--protocol <p>', 'a protocol by slug or name')
    .option('--chain <c>', 'a chain')
    .option(
      '--as-of <day>',
      'use only data up to this UTC day (default: the last day of the stored daily history)',
    )
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ ask }, { score }, { scoreView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/score.ts'),
        import('../report/views/scoreView.ts'),
      ]);
      await ask(program, json ? 'json' : format, (app) => score(app, parameters), scoreView);
    });
  program
    .command('watchlist')
    .description('every protocol scoring below the watch threshold, worst first, from data known on --as-of')
    .option(
      '--as-of <day>',
      'use only data up to this UTC day (default: the last day of the stored daily history)',
    )
    .option('--threshold <n>', 'watch threshold, 0-100', String(WATCH_THRESHOLD))
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ ask }, { watchlist }, { watchlistView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/watchlist.ts'),
        import('../report/views/scoreView.ts'),
      ]);
      await ask(
        program,
        json ? 'json' : format,
        (app) => watchlist(app, parameters),
        (d) => watchlistView(d),
      );
    });
}
