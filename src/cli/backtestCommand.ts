import type { Command } from 'commander';
import { formatOption } from './options.ts';

/** `faultline backtest`: the score at monthly points on real history against the collapses that followed. */
export function registerBacktest(program: Command): void {
  program
    .command('backtest')
    .description('score every protocol monthly on history, compare with the collapses that followed')
    .option('--from <day>', 'first month scored', '2021-01-01')
    .option('--to <day>', 'last day scored (default: the last day of the stored daily history)')
    .option(
      '--split <day>',
      'weights are chosen on the months before this day and judged on the rest',
      '2024-01-01',
    )
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ ask }, { backtest }, { backtestView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/backtest.ts'),
        import('../report/views/backtestView.ts'),
      ]);
      const tty = process.stderr.isTTY;
      await ask(
        program,
        json ? 'json' : format,
        async (app) => {
          const result = await backtest(app, parameters, (done, total) => {
            if (tty) process.stderr.write(`\rscoring ${done}/${total} month × weight sets`);
          });
          if (tty) process.stderr.write('\n');
          return result;
        },
        backtestView,
      );
    });
}
