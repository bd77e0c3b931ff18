import type { Command } from 'commander';
import { formatOption } from './options.ts';

/** `faultline highs --chain C --window N`: the days a chain's TVL set an N-day high. */
export function registerHighs(program: Command): void {
  program
    .command('highs')
    .description("the days a chain's TVL set an N-day high (≥ the max of the N days before)")
    .requiredOption('--chain <chain>', 'a chain (any spelling)')
    .option('--window <days>', 'N, in days', '90')
    .option('--from <day>', 'first UTC day listed')
    .option('--as-of <day>', 'use only data up to this UTC day')
    .addOption(formatOption())
    .action(async ({ format, ...parameters }) => {
      const [{ ask }, { chainHighs }, { chainHighsView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/chainHighs.ts'),
        import('../report/views/chainHighsView.ts'),
      ]);
      await ask(program, format, (app) => chainHighs(app, parameters), chainHighsView);
    });
}
