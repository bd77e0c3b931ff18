import { type Command, Option } from 'commander';
import { DENOMINATIONS } from '../analytics/denominate.ts';
import { formatOption } from './options.ts';

/** `faultline drawdown`: protocols ranked by their fall from peak, in USD and in their native unit. */
export function registerDrawdown(program: Command): void {
  program
    .command('drawdown')
    .description(
      'protocols by fall from peak, in USD and ETH/BTC, with inflows vs price where tokens are stored',
    )
    .option('--top <n>', 'rows to show', '20')
    .option('--offset <n>', 'rows to skip', '0')
    .option('--keep <ids>', 'protocols kept in the list whatever their rank (comma-separated)')
    .option('--min-peak <usd>', 'leave out protocols whose peak is below this (USD)', '10000000')
    .option('--as-of <day>', 'use only data up to this UTC day')
    .addOption(
      new Option('--denominate <unit>', 'unit the ranking uses').choices(DENOMINATIONS).default('usd'),
    )
    .addOption(formatOption())
    .action(async ({ format, top, ...parameters }) => {
      const [{ ask }, { drawdowns }, { drawdownsView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/drawdowns.ts'),
        import('../report/views/drawdownsView.ts'),
      ]);
      await ask(program, format, (app) => drawdowns(app, { ...parameters, limit: top }), drawdownsView);
    });
}
