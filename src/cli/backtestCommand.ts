import type { Command } from 'commander';
import { backtest } from '../app/backtest.ts';
import { backtestView } from '../report/views/backtestView.ts';
import { formatOption, writeAnswer } from './answer.ts';
import { ensureData } from './ensureData.ts';
import { withApp } from './withApp.ts';

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
    .action(({ format, json, ...parameters }) =>
      withApp(program, async (app) => {
        await ensureData(app);
        const tty = process.stderr.isTTY;
        const result = await backtest(app, parameters, (done, total) => {
          if (tty) process.stderr.write(`\rscoring ${done}/${total} month × weight sets`);
        });
        if (tty) process.stderr.write('\n');
        writeAnswer(result, json ? 'json' : format, backtestView);
      }),
    );
}
